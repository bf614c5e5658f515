package fi.register.events.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Records that the booked service actually took place. */
public record CompleteBookingCommand(@TargetAggregateIdentifier UUID customerId, UUID bookingId)
        implements ChangesABooking {
}
