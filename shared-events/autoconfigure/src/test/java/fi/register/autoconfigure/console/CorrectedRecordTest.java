package fi.register.autoconfigure.console;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The one form definition per corrected record: its addresses as the mappings match them, its words in every bundle. */
class CorrectedRecordTest {

    @Test
    void keeps_TheMappingsPattern_equalToTheRecordsSegments() {
        assertThat(CorrectedRecord.SEGMENTS).isEqualTo(Arrays.stream(CorrectedRecord.values())
                .map(CorrectedRecord::segment).collect(Collectors.joining("|")));
        for (CorrectedRecord record : CorrectedRecord.values()) {
            assertThat(CorrectedRecord.bySegment(record.segment())).hasValue(record);
        }
        assertThat(CorrectedRecord.bySegment("consents")).isEmpty();
    }
}
