package fi.register.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import fi.register.events.audit.PersonalDataReadEvent;
import fi.register.query.metadata.RecordedMetadata;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

/**
 * The audit trail: the events from the event store (metadata only: the payload type's name is all that is read of
 * the payload, so nothing personal is decoded into the answer) merged with the records of who read personal data,
 * read from their index ({@link PersonalDataReadsProjection}, rebuilt from the reads in the event store). That index
 * follows the store within the projections' lag, so a read shows in the trail a moment after it was answered.
 * One subject's trail reads its own stream; a window over all subjects streams the whole store once and keeps the
 * events inside the window, which is fine for a clinic's register (tens of thousands of events) and is the cost to
 * watch if it grows: an index of events by time would then be a projection of its own.
 */
@Component
class AuditTrail {

    private static final int WAIT_SECONDS = 30;

    private final EventStore eventStore;
    private final MongoCollection<Document> reads;

    AuditTrail(EventStore eventStore, MongoDatabase projectionDatabase) {
        this.eventStore = eventStore;
        this.reads = projectionDatabase.getCollection(PersonalDataReadsProjection.COLLECTION);
    }

    /** Every entry in [from, to) for the subject, or for everyone when {@code customerId} is null, oldest first. */
    List<AuditEntry> entries(UUID customerId, Instant from, Instant to) {
        List<AuditEntry> entries = new ArrayList<>(customerId != null ? eventsOf(customerId, from, to) : eventsBetween(from, to));
        List<Bson> filters = new ArrayList<>();
        if (customerId != null) {
            filters.add(eq("customerId", customerId.toString()));
        }
        if (from != null) {
            filters.add(gte("readAt", Date.from(from)));
        }
        if (to != null) {
            filters.add(lt("readAt", Date.from(to)));
        }
        Bson inOrder = Sorts.ascending("readAt", PersonalDataReadsProjection.POSITION);
        for (Document read : (filters.isEmpty() ? reads.find() : reads.find(and(filters))).sort(inOrder)) {
            entries.add(AuditEntry.read(UUID.fromString(read.getString("customerId")), read.getDate("readAt").toInstant(),
                    read.getString("reader"), read.getString("what")));
        }
        // stable: a subject's events keep their sequence order when two share a timestamp
        entries.sort(Comparator.comparing(AuditEntry::at));
        return entries;
    }

    private List<AuditEntry> eventsOf(UUID customerId, Instant from, Instant to) {
        return eventStore.readEvents(customerId.toString(), 0).asStream()
                .filter(event -> within(event.getTimestamp(), from, to))
                .map(AuditTrail::entry)
                .toList();
    }

    /** Up to the head of the store when the request came; later events are for the next request. */
    private List<AuditEntry> eventsBetween(Instant from, Instant to) {
        List<AuditEntry> entries = new ArrayList<>();
        long head = position(eventStore.createHeadToken());
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            long reached = -1;
            while (reached < head) {
                if (!stream.hasNextAvailable(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The event store stopped answering before its head");
                }
                TrackedEventMessage<?> message = stream.nextAvailable();
                reached = Math.max(reached, position(message.trackingToken()));
                if (message instanceof DomainEventMessage<?> event && !isRead(event) && within(event.getTimestamp(), from, to)) {
                    entries.add(entry(event));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reading the audit trail was interrupted", e);
        }
        return entries;
    }

    /** The reads are in the store too, but they come from their index above, once. */
    private static boolean isRead(EventMessage<?> event) {
        return PersonalDataReadEvent.class.equals(event.getPayloadType());
    }

    private static AuditEntry entry(DomainEventMessage<?> event) {
        RecordedMetadata metadata = RecordedMetadata.of(event.getMetaData());
        return AuditEntry.event(subject(event), event.getSequenceNumber(), event.getTimestamp(), typeOf(event),
                metadata.actor(), metadata.correlationId(), metadata.legalBasis(), metadata.consentId());
    }

    private static UUID subject(DomainEventMessage<?> event) {
        try {
            return UUID.fromString(event.getAggregateIdentifier());
        } catch (IllegalArgumentException notASubject) {
            return null;
        }
    }

    /** The type's simple name from the serialized form, so the payload is never deserialised for the trail. */
    private static String typeOf(EventMessage<?> event) {
        String name = event.getPayloadType().getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
