package fi.register.command.booking;

import fi.register.events.booking.RescheduleBookingCommand;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RescheduleBookingRequest(@NotNull OffsetDateTime startsAt) {

    public RescheduleBookingCommand toCommand(UUID customerId, UUID bookingId) {
        return new RescheduleBookingCommand(customerId, bookingId, startsAt.toInstant());
    }
}
