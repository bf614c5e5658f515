package fi.register.events.service;

import fi.register.events.personal.DataSubjectId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A service took place without a booking: a service event (palvelutapahtuma), so the 24-month retention period
 * restarts at {@code serviceProvidedAt}.
 */
@Revision("1")
public record ServiceProvidedEvent(
        @DataSubjectId UUID customerId,
        UUID serviceEventId,
        String service,
        ServiceEventKind kind,
        Instant serviceProvidedAt) implements ServiceEvent {
}
