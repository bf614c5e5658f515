package fi.register.command.retention;

import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.service.ServiceEvent;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * A subscribing processor sees only the events recorded while it runs. Subjects registered before retention
 * existed (a data directory or database from an earlier version) would have no deadline and be kept forever,
 * so once per event store the deadlines are computed from the whole history, before the first round. A store whose
 * deadlines were computed before open bookings kept their customers is read once more, for the open bookings.
 * <p>
 * Safe beside live events and on several instances at once: a deadline only moves forward, and a deadline left
 * for a subject erased meanwhile is dropped by the enforcer when the aggregate answers that it is erased.
 */
@Component
class RetentionCatchUp {

    private static final Logger log = LoggerFactory.getLogger(RetentionCatchUp.class);

    private final EventStore events;
    private final RetentionSchedule schedule;
    private final CatchUpMarkerRepository markers;
    private final Clock clock;

    RetentionCatchUp(EventStore events, RetentionSchedule schedule, CatchUpMarkerRepository markers, Clock clock) {
        this.events = events;
        this.schedule = schedule;
        this.markers = markers;
        this.clock = clock;
    }

    /** Whether this call read the history (false when it had been read before). */
    boolean catchUpOnce() {
        List<String> missing = Stream.of(CatchUpMarker.DEADLINES, CatchUpMarker.OPEN_BOOKINGS)
                .filter(marker -> !markers.existsById(marker))
                .toList();
        if (missing.isEmpty()) {
            return false;
        }
        long applied = 0;
        try (BlockingStream<TrackedEventMessage<?>> history = events.openStream(null)) {
            while (history.hasNextAvailable()) {
                if (apply(history.nextAvailable())) {
                    applied++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while computing retention deadlines from the history", e);
        }
        // every handler below is idempotent in history order (a deadline only moves with its events), so reading the
        // whole history again for the open bookings alone leaves the deadlines as they were
        for (String marker : missing) {
            try {
                markers.save(new CatchUpMarker(marker, clock.instant()));
            } catch (DataIntegrityViolationException e) {
                // another instance finished first: the same history, the same deadlines
            }
        }
        log.info("Retention: computed deadlines from the event history ({} relevant event(s))", applied);
        return true;
    }

    /** Only the types that set a deadline are deserialized; the rest are skipped on their type name. */
    private boolean apply(TrackedEventMessage<?> event) {
        Class<?> type = event.getPayloadType();
        try {
            if (CustomerRegisteredEvent.class.equals(type)) {
                schedule.on((CustomerRegisteredEvent) event.getPayload());
            } else if (ServiceEvent.class.isAssignableFrom(type)) {
                schedule.on((ServiceEvent) event.getPayload(), event.getTimestamp());
            } else if (BookingMadeEvent.class.equals(type)) {
                schedule.on((BookingMadeEvent) event.getPayload());
            } else if (BookingRescheduledEvent.class.equals(type)) {
                schedule.on((BookingRescheduledEvent) event.getPayload());
            } else if (BookingCancelledEvent.class.equals(type)) {
                schedule.on((BookingCancelledEvent) event.getPayload());
            } else if (SubjectErasedEvent.class.equals(type)) {
                schedule.on((SubjectErasedEvent) event.getPayload());
            } else {
                return false;
            }
        } catch (DataIntegrityViolationException e) {
            // another instance inserted this subject's deadline at the same moment
        }
        return true;
    }
}
