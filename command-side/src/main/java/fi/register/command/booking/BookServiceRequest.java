package fi.register.command.booking;

import fi.register.events.booking.BookServiceCommand;
import fi.register.events.booking.BookingChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A time with its offset ("2026-12-01T10:00:00+02:00"): a local time alone would be ambiguous around DST changes. */
public record BookServiceRequest(
        @NotBlank @Size(max = 64) String service,
        @NotNull OffsetDateTime startsAt,
        @NotNull BookingChannel channel) {

    public BookServiceCommand toCommand(UUID customerId, UUID bookingId) {
        return new BookServiceCommand(customerId, bookingId, service, startsAt.toInstant(), channel);
    }
}
