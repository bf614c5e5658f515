package fi.register.events.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

public record RescheduleBookingCommand(@TargetAggregateIdentifier UUID customerId, UUID bookingId, Instant startsAt)
        implements ChangesABooking {
}
