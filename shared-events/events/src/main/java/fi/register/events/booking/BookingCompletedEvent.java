package fi.register.events.booking;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.service.ServiceEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The booked service took place: a service event (palvelutapahtuma), so the 24-month retention period restarts at
 * {@code serviceProvidedAt}. Names the service, so that neither retention nor reports have to look the booking up.
 */
@Revision("1")
public record BookingCompletedEvent(
        @DataSubjectId UUID customerId,
        UUID bookingId,
        String service,
        Instant serviceProvidedAt) implements ServiceEvent {
}
