package fi.register.query.metadata;

import fi.register.events.EventMetadata;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The one reading of an event's metadata that the audit trail, the export and the compliance replay share. */
class RecordedMetadataTest {

    @Test
    void everyKeyIsReadAsText() {
        UUID consentId = UUID.randomUUID();
        MetaData metaData = MetaData.with(EventMetadata.ACTOR, "staff")
                .and(EventMetadata.CORRELATION_ID, "request-1")
                .and(EventMetadata.LEGAL_BASIS, "CONSENT")
                .and(EventMetadata.CONSENT_ID, consentId); // not text: shown as its text, not dropped

        assertThat(RecordedMetadata.of(metaData))
                .isEqualTo(new RecordedMetadata("staff", "request-1", "CONSENT", consentId.toString()));
    }

    @Test
    void aKeyAnOlderEventLacksIsAbsent() {
        assertThat(RecordedMetadata.of(MetaData.with(EventMetadata.ACTOR, "system")))
                .isEqualTo(new RecordedMetadata("system", null, null, null));
        assertThat(RecordedMetadata.of(MetaData.emptyInstance())).isEqualTo(new RecordedMetadata(null, null, null, null));
    }
}
