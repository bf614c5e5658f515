package fi.register.query;

import fi.register.events.EventMetadata;
import fi.register.events.LegalBasis;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Appends events to the event store as the command side would (aggregate type "Customer", the customer id as the
 * aggregate id, sequence numbers from 0, the metadata every event carries, the time from the register's clock), so
 * the query side can be tested alone.
 */
public final class EventStream {

    private final EventStore eventStore;
    private final TransactionManager transactionManager;
    private final Clock clock;
    private final UUID customerId;
    private long nextSequence;

    private EventStream(ApplicationContext context, UUID customerId) {
        this.eventStore = context.getBean(EventStore.class);
        this.transactionManager = context.getBean(TransactionManager.class);
        this.clock = context.getBean(Clock.class);
        this.customerId = customerId;
    }

    public static EventStream of(ApplicationContext context, UUID customerId) {
        return new EventStream(context, customerId);
    }

    /** Appends the next event and returns its sequence number. */
    public long append(Object payload, String actor, LegalBasis legalBasis) {
        return append(payload, actor, legalBasis, null);
    }

    public long append(Object payload, String actor, LegalBasis legalBasis, UUID consentId) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(EventMetadata.ACTOR, actor);
        metaData.put(EventMetadata.CORRELATION_ID, UUID.randomUUID().toString());
        metaData.put(EventMetadata.LEGAL_BASIS, legalBasis.name());
        if (consentId != null) {
            metaData.put(EventMetadata.CONSENT_ID, consentId.toString());
        }
        long sequence = nextSequence++;
        GenericDomainEventMessage<Object> event = new GenericDomainEventMessage<>("Customer", customerId.toString(),
                sequence, payload, MetaData.from(metaData), UUID.randomUUID().toString(), clock.instant());
        transactionManager.executeInTransaction(() -> eventStore.publish(event));
        return sequence;
    }
}
