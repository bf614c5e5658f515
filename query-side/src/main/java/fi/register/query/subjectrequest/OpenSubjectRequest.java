package fi.register.query.subjectrequest;

import fi.register.events.subjectrequest.SubjectRequestChannel;
import fi.register.events.subjectrequest.SubjectRequestKind;

import java.time.Instant;
import java.util.UUID;

/**
 * A request still to be answered, as the data protection officer's list shows it.
 *
 * @param overdue        its deadline has passed (by the register's clock when listed)
 * @param subjectErased  the subject was erased with the request still open (only a history the command side did not
 *                       write leaves one so: the erasure answers open requests)
 */
public record OpenSubjectRequest(UUID requestId, UUID customerId, SubjectRequestKind kind, SubjectRequestChannel channel,
                                 Instant receivedAt, Instant answerBy, boolean overdue, boolean subjectErased) {
}
