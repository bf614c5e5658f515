package fi.register.events.audit;

import fi.register.events.personal.DataSubjectId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A user was shown a subject's personal data: the read audit, kept in the event store so that it is as durable as
 * the history and no rebuild of the projections can delete it. Not an event of the subject's aggregate (a read decides
 * nothing and must not contend with the subject's commands): it is appended on its own, outside the subject's stream.
 * Holds none of the subject's personal data (the subject only by its random id), so it stays readable after an
 * erasure as the record of who saw what.
 * <p>
 * Revision 2 adds {@code purpose}; revision 1 had none, and {@code ReadPurposeUpcaster} reads it with the purpose
 * derived from {@code what}, as a revision 2 read of the same kind records it.
 *
 * @param reader  the authenticated user name of the staff member or officer who read
 * @param readAt  the register's clock when the data was about to be returned
 * @param purpose why it was read, derived from the endpoint or console page (the access copy shows it)
 */
@Revision("2")
public record PersonalDataReadEvent(@DataSubjectId UUID customerId, String reader, PersonalDataRead what,
                                    Instant readAt, ReadPurpose purpose) {

    public PersonalDataReadEvent {
        purpose = purpose != null ? purpose : ReadPurpose.derivedFrom(what);
    }

    /** A read whose purpose is the one its kind serves. */
    public PersonalDataReadEvent(UUID customerId, String reader, PersonalDataRead what, Instant readAt) {
        this(customerId, reader, what, readAt, ReadPurpose.derivedFrom(what));
    }
}
