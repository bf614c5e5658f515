package fi.register.query.audit;

import fi.register.events.EventMetadata;
import fi.register.events.audit.PersonalDataRead;
import fi.register.events.audit.PersonalDataReadEvent;
import fi.register.events.audit.ReadPurpose;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The audit trail of reads: every time a user is shown a subject's personal data, who, what and when, appended to
 * the event store as a {@link PersonalDataReadEvent}. On the request thread, before the data is returned, and
 * committed when this returns: a read that cannot be recorded throws here and is not answered. The event store, not
 * the projection store, because the read log must be as durable as the history and survive every rebuild of the
 * projections ({@link PersonalDataReadsProjection} only indexes it for the trail).
 */
@Component
public class PersonalDataReads {

    private final EventBus eventStore;
    private final TransactionManager transactionManager;
    private final Clock clock;

    PersonalDataReads(EventBus eventStore, TransactionManager transactionManager, Clock clock) {
        this.eventStore = eventStore;
        this.transactionManager = transactionManager;
        this.clock = clock;
    }

    /** A read whose purpose is the one its kind serves ({@link ReadPurpose#derivedFrom}). */
    public void record(UUID customerId, String reader, PersonalDataRead what) {
        record(customerId, reader, what, ReadPurpose.derivedFrom(what));
    }

    /** A read whose page says more about why than its kind does (the rectification form reads the register view). */
    public void record(UUID customerId, String reader, PersonalDataRead what, ReadPurpose purpose) {
        recordAll(List.of(customerId), reader, what, purpose);
    }

    /**
     * One read per subject shown on one page (a search's hits), all committed at once: one commit per page, not one
     * per hit, and either all of them are recorded or the page is not answered.
     */
    public void recordAll(List<UUID> customerIds, String reader, PersonalDataRead what) {
        recordAll(customerIds, reader, what, ReadPurpose.derivedFrom(what));
    }

    private void recordAll(List<UUID> customerIds, String reader, PersonalDataRead what, ReadPurpose purpose) {
        if (customerIds.isEmpty()) {
            return;
        }
        Instant readAt = clock.instant();
        List<GenericEventMessage<PersonalDataReadEvent>> reads = customerIds.stream().map(customerId -> new GenericEventMessage<>(
                IdentifierFactory.getInstance().generateIdentifier(),
                new PersonalDataReadEvent(customerId, reader, what, readAt, purpose),
                MetaData.with(EventMetadata.ACTOR, reader), readAt)).toList();
        // the append and its commit in one transaction of our own: a request thread has none, and the JPA event
        // store writes only inside one (an Axon Server store appends by itself, the transaction then holds nothing)
        transactionManager.executeInTransaction(() -> eventStore.publish(reads));
    }
}
