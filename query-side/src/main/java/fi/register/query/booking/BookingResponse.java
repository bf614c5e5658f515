package fi.register.query.booking;

import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingStatus;
import fi.register.events.personal.DataSubjectId;

import java.time.Instant;
import java.util.UUID;

/** One booking and where it stands, with who booked it; the time of each later change, {@code null} until it happens. */
public record BookingResponse(
        @DataSubjectId UUID customerId,
        UUID bookingId,
        String service,
        Instant startsAt,
        BookingChannel channel,
        BookingStatus status,
        Instant bookedAt,
        String bookedBy,
        Instant rescheduledAt,
        Instant cancelledAt,
        Instant completedAt) {
}
