package fi.register.events.audit;

import fi.register.events.personal.DataSubjectId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A user asked for something about a subject and was refused (403): the attempt is kept beside the reads, so that
 * curiosity about a customer shows in the audit trail even when it learned nothing. Appended on its own, outside the
 * subject's stream, like {@link PersonalDataReadEvent}. Holds none of the subject's personal data: the subject by its
 * random id only, and the request by its method and the shape of its path (ids and words the API defines; anything
 * else the caller typed is left out).
 *
 * @param user      the authenticated user name that was refused
 * @param attempted e.g. {@code GET /api/customers/{customerId}/orders}
 * @param deniedAt  the register's clock when the request was refused
 */
@Revision("1")
public record SubjectAccessDeniedEvent(@DataSubjectId UUID customerId, String user, String attempted,
                                       Instant deniedAt) {
}
