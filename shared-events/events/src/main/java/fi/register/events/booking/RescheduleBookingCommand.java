package fi.register.events.booking;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

public record RescheduleBookingCommand(@TargetAggregateIdentifier UUID customerId, @NotNull UUID bookingId, @NotNull Instant startsAt)
        implements ChangesABooking {
}
