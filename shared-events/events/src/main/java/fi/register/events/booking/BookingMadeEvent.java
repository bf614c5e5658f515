package fi.register.events.booking;

import fi.register.events.personal.DataSubjectId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A service was booked (docs/requirements.md item 7). Codes and times only, nothing to encrypt: which service, when, through
 * which channel. Not a service event: the 24-month clock restarts when the service takes place, not when it is booked.
 */
@Revision("1")
public record BookingMadeEvent(
        @DataSubjectId UUID customerId,
        UUID bookingId,
        String service,
        Instant startsAt,
        BookingChannel channel,
        Instant bookedAt) {
}
