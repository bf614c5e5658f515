package fi.register.events.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Books a service from the menu (a customer-group code) at a time, through a channel. */
public record BookServiceCommand(
        @TargetAggregateIdentifier UUID customerId,
        @NotNull UUID bookingId,
        @NotBlank String service,
        @NotNull Instant startsAt,
        @NotNull BookingChannel channel) {
}
