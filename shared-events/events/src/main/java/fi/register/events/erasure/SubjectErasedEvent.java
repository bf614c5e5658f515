package fi.register.events.erasure;

import fi.register.events.personal.DataSubjectId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The subject's data key was destroyed: every personal field of every earlier event now reads as erased.
 * Holds no personal data itself, so it stays readable for the audit trail and the compliance replay.
 */
@Revision("1")
public record SubjectErasedEvent(@DataSubjectId UUID customerId, ErasureReason reason, Instant erasedAt) {
}
