package fi.register.events.booking;

import fi.register.events.personal.DataSubjectId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** An open booking moved to another time. */
@Revision("1")
public record BookingRescheduledEvent(
        @DataSubjectId UUID customerId,
        UUID bookingId,
        Instant startsAt,
        Instant rescheduledAt) {
}
