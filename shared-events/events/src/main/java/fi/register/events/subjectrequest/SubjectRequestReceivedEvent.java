package fi.register.events.subjectrequest;

import fi.register.events.personal.DataSubjectId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A data subject's access, rectification or erasure request arrived. Codes and times only, nothing personal, so it
 * stays readable after an erasure and the compliance replay can still judge whether it was answered in time.
 *
 * @param receivedAt when it was recorded, by the register's clock: the one-month deadline runs from here
 * @param answerBy   the deadline the register computed on arrival ({@code SubjectRequestAnsweredWithinOneMonth}),
 *                   shown to the data protection officer; the replay recomputes it rather than trusting it
 */
@Revision("1")
public record SubjectRequestReceivedEvent(@DataSubjectId UUID customerId, UUID requestId, SubjectRequestKind kind,
                                          SubjectRequestChannel channel, Instant receivedAt, Instant answerBy) {
}
