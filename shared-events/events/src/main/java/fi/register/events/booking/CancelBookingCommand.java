package fi.register.events.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record CancelBookingCommand(@TargetAggregateIdentifier UUID customerId, UUID bookingId)
        implements ChangesABooking {
}
