package fi.register.query.compliance;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of the history as the checks see it: the subject, its place in the subject's stream, when it was
 * recorded, the decoded payload (personal fields read as erased after an erasure, and no check looks at them) and the
 * metadata that says on which basis it was processed.
 */
record ReplayedEvent(UUID customerId, long sequence, Instant recordedAt, Object payload, String legalBasis,
                     String consentId) {
}
