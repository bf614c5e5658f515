package fi.register.events.booking;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record CancelBookingCommand(@TargetAggregateIdentifier UUID customerId, @NotNull UUID bookingId)
        implements ChangesABooking {
}
