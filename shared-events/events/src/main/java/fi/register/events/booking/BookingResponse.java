package fi.register.events.booking;

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
