package fi.register.query.compliance;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The history through Axon's event stream, as a tracking processor reads it: for any event store (Axon Server
 * included), in the order recorded, so no subject is complete before the end and every subject's checks stay open
 * until then. Where the events are in a table this process can query, {@link EventTableHistory} reads them faster and
 * subject by subject.
 */
final class AxonStreamHistory implements RecordedHistory {

    /** How long to wait for the store's next event before the replay gives up rather than hang a request. */
    private static final int WAIT_SECONDS = 30;

    private final EventStore eventStore;

    AxonStreamHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public long replay(Instant asOf, Consumer<ReplayedEvent> subjectEvents, Consumer<UUID> subjectComplete) {
        long head = position(eventStore.createHeadToken());
        long replayed = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            long reached = -1;
            while (reached < head) {
                if (!stream.hasNextAvailable(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The event store stopped answering before its head: replay again");
                }
                TrackedEventMessage<?> message = stream.nextAvailable();
                reached = Math.max(reached, position(message.trackingToken()));
                if (!RecordedHistory.recordedBy(asOf, message.getTimestamp())) {
                    continue;
                }
                replayed++;
                if (message instanceof DomainEventMessage<?> domain) {
                    ReplayedEvent.of(domain).ifPresent(subjectEvents);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The compliance replay was interrupted", e);
        }
        return replayed;
    }

    /**
     * The reporting feed's page through Axon's stream: positions one above the stream's (which start at 0), so
     * that 0 means "from the beginning" for every store. Read with the configured serializer: the feed keeps only
     * the fields it allows, never a personal one.
     */
    @Override
    public List<TrackedEventMessage<?>> after(long position, int rows) {
        long head = head();
        List<TrackedEventMessage<?>> page = new ArrayList<>();
        if (position >= head) {
            return page;
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(
                position <= 0 ? null : new GlobalSequenceTrackingToken(position - 1))) {
            while (page.size() < rows && stream.hasNextAvailable(WAIT_SECONDS, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                long at = position(message.trackingToken()) + 1;
                page.add(EventUtils.asTrackedEventMessage(message, new GlobalSequenceTrackingToken(at)));
                if (at >= head) {
                    break; // read up to the head seen first: never wait for an event that may not come
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reading the event store was interrupted", e);
        }
        return page;
    }

    @Override
    public long head() {
        return position(eventStore.createHeadToken()) + 1;
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
