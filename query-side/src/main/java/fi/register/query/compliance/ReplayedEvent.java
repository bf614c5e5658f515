package fi.register.query.compliance;

import fi.register.query.metadata.RecordedMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.UnknownSerializedType;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One event of the history as the checks see it: the subject, its place in the subject's stream, when it was
 * recorded, the decoded payload (no check looks at a personal field, so the event table is read with them left sealed,
 * as erased) and the metadata that says
 * on which basis it was processed.
 */
record ReplayedEvent(UUID customerId, long sequence, Instant recordedAt, Object payload, String legalBasis,
                     String consentId) {

    /**
     * A subject's event: its aggregate is the customer. Others, and the reads of personal data (appended apart from
     * any subject's stream), are counted, not checked.
     */
    static Optional<ReplayedEvent> of(DomainEventMessage<?> domain) {
        if (domain.getType() == null) {
            // appended outside any aggregate (the reads of personal data): no subject's history, no rule is about it
            return Optional.empty();
        }
        UUID customerId;
        try {
            customerId = UUID.fromString(domain.getAggregateIdentifier());
        } catch (IllegalArgumentException notASubject) {
            return Optional.empty();
        }
        Object payload = domain.getPayload();
        if (payload instanceof UnknownSerializedType) {
            payload = null; // a type this build does not know: no rule is about it
        }
        RecordedMetadata metadata = RecordedMetadata.of(domain.getMetaData());
        return Optional.of(new ReplayedEvent(customerId, domain.getSequenceNumber(), domain.getTimestamp(),
                payload, metadata.legalBasis(), metadata.consentId()));
    }
}
