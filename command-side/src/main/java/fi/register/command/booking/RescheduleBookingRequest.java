package fi.register.command.booking;

import fi.register.events.booking.RescheduleBookingCommand;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

record RescheduleBookingRequest(@NotNull OffsetDateTime startsAt) {

    RescheduleBookingCommand toCommand(UUID customerId, UUID bookingId) {
        return new RescheduleBookingCommand(customerId, bookingId, startsAt.toInstant());
    }
}
