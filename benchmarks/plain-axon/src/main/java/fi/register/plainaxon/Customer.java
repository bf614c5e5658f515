package fi.register.plainaxon;

import fi.register.plainaxon.CustomerMessages.CustomerRegistered;
import fi.register.plainaxon.CustomerMessages.RegisterCustomer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An event-sourced customer that accepts any registration: no rule, no uniqueness, no screening. */
@Aggregate
class Customer {

    @AggregateIdentifier
    private UUID customerId;

    Customer() {
        // for Axon, which rebuilds the aggregate from its events
    }

    @CommandHandler
    Customer(RegisterCustomer command, Clock clock) {
        apply(new CustomerRegistered(command.customerId(), command.details(), clock.instant()));
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        customerId = event.customerId();
    }
}
