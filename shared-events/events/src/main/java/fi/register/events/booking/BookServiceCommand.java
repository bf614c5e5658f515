package fi.register.events.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Books a service from the menu (a customer-group code) at a time, through a channel. */
public record BookServiceCommand(
        @TargetAggregateIdentifier UUID customerId,
        UUID bookingId,
        String service,
        Instant startsAt,
        BookingChannel channel) {
}
