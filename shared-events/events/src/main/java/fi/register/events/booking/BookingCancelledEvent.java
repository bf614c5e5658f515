package fi.register.events.booking;

import fi.register.events.personal.DataSubjectId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** An open booking was cancelled; it can no longer be rescheduled or completed. */
@Revision("1")
public record BookingCancelledEvent(@DataSubjectId UUID customerId, UUID bookingId, Instant cancelledAt) {
}
