package fi.register.events.booking;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Records that the booked service actually took place. */
public record CompleteBookingCommand(@TargetAggregateIdentifier UUID customerId, @NotNull UUID bookingId)
        implements ChangesABooking {
}
