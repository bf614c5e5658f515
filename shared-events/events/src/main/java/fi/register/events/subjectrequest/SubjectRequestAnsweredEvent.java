package fi.register.events.subjectrequest;

import fi.register.events.personal.DataSubjectId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A subject's request was answered (by the data protection officer, or closed by the subject's erasure). */
@Revision("1")
public record SubjectRequestAnsweredEvent(@DataSubjectId UUID customerId, UUID requestId, SubjectRequestKind kind,
                                          SubjectRequestOutcome outcome, Instant answeredAt) {
}
