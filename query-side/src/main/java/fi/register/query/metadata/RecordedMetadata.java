package fi.register.query.metadata;

import fi.register.events.EventMetadata;
import org.axonframework.messaging.MetaData;

/**
 * The metadata every event carries (see {@link EventMetadata}), read one way wherever the query side reads stored
 * events itself (audit trail, access export, compliance replay); event handlers take the same keys with
 * {@code @MetaDataValue}. Each value is a text or absent: older events may lack a key, and a value that is not text
 * is shown as its text rather than dropped.
 */
public record RecordedMetadata(String actor, String correlationId, String legalBasis, String consentId) {

    public static RecordedMetadata of(MetaData metaData) {
        return new RecordedMetadata(text(metaData, EventMetadata.ACTOR), text(metaData, EventMetadata.CORRELATION_ID),
                text(metaData, EventMetadata.LEGAL_BASIS), text(metaData, EventMetadata.CONSENT_ID));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
