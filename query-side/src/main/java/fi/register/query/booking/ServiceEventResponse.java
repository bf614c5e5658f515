package fi.register.query.booking;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.service.ServiceEventKind;

import java.time.Instant;
import java.util.UUID;

/**
 * One service event: a completed booking ({@code bookingId} set, {@code serviceEventId} and {@code kind} null) or a
 * service recorded without a booking ({@code serviceEventId} and {@code kind} set, {@code bookingId} null).
 */
public record ServiceEventResponse(
        @DataSubjectId UUID customerId,
        UUID serviceEventId,
        UUID bookingId,
        String service,
        ServiceEventKind kind,
        Instant serviceProvidedAt,
        String recordedBy) {
}
