package fi.register.command;

import fi.register.testsupport.SharedWiring;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The command side alone gets the shared wiring once, with its own access rules only. */
class CommandSideWiringTest extends CommandSideHttpTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void theCommandSideAloneHasEachPieceOfSharedWiringOnce() {
        SharedWiring.assertWiredOnce(context, 1);
    }
}
