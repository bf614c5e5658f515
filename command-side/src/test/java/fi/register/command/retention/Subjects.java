package fi.register.command.retention;

import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.PostalAddress;
import fi.register.events.customer.RegisterCustomerCommand;
import fi.register.events.erasure.SubjectErasedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Invented subjects and what happens to them, through the register's own buses. */
final class Subjects {

    private Subjects() {
    }

    /** Registers an obviously fake person (a fresh e-mail address each time) and answers the new id. */
    static UUID register(CommandGateway commands) {
        UUID customerId = UUID.randomUUID();
        commands.sendAndWait(new RegisterCustomerCommand(customerId, CustomerKind.PERSON, "Testi", "Säilytys", null, null,
                new PostalAddress("Testikatu 5", "00100", "Helsinki", "FI"), null,
                "r" + customerId.toString().substring(0, 8) + "@example.test", null, "NEUROSONIC_TREATMENT", "fi"));
        return customerId;
    }

    /**
     * Records a service event in the subject's stream, as the booking and order features will: appended to the
     * event store in a transaction, so the subscribing processors see it exactly as they see a command's events.
     */
    static void serviceProvided(EventStore events, TransactionManager transactions, UUID customerId, Instant at) {
        transactions.executeInTransaction(() -> {
            long next = events.lastSequenceNumberFor(customerId.toString()).map(last -> last + 1).orElse(0L);
            events.publish(new GenericDomainEventMessage<>("Customer", customerId.toString(), next,
                    new ServiceProvided(customerId, at)));
        });
    }

    @SuppressWarnings("unchecked")
    static List<DomainEventMessage<SubjectErasedEvent>> erasures(EventStore events, UUID customerId) {
        return events.readEvents(customerId.toString()).asStream()
                .filter(event -> event.getPayload() instanceof SubjectErasedEvent)
                .map(event -> (DomainEventMessage<SubjectErasedEvent>) event)
                .toList();
    }
}
