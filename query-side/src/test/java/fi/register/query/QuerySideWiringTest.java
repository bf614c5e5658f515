package fi.register.query;

import fi.register.testsupport.SharedWiring;
import org.junit.jupiter.api.Test;

/** The query side alone gets the shared wiring once, with its own access rules only. */
class QuerySideWiringTest extends QuerySideHttpTestSupport {

    @Test
    void theQuerySideAloneHasEachPieceOfSharedWiringOnce() {
        SharedWiring.assertWiredOnce(context, 1);
    }
}
