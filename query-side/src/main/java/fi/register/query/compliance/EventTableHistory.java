package fi.register.query.compliance;

import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The history straight from the table Axon's JPA storage engine appends to, subject by subject (each aggregate's
 * events in their own order, through the table's unique index on aggregate and sequence), a page of rows per query
 * (keyset: the next page starts after the last aggregate and sequence read), so only one page is ever in memory and
 * the database never materializes the whole history for one query. Read so, a subject is complete when the next one
 * begins, and the checks hold one subject at a time: the replay's memory is flat in the history's length.
 * <p>
 * What a tracking processor's stream adds is left out: its gap bookkeeping (a replay stops at the head it saw
 * first; a transaction still open then is the next replay's), the query language parsed per batch, and the entities.
 * The rows still go through the configured upcasters and the register's serializer, with the personal fields left
 * sealed: no check reads one, so no subject's key is looked up or opened, and an erased subject reads as any other.
 */
final class EventTableHistory implements RecordedHistory {

    /**
     * Rows per query: large enough that a query's fixed cost is small per row, small enough to stay a page. Written
     * into the query, not only set as the statement's maximum: H2 otherwise collects the whole ordered remainder of
     * the table into a temporary result before handing over the first page (measured: a 1,000,000-event replay did
     * not finish a warm-up in five minutes; the first page took 189 ms against 10 ms). The head is left out of the
     * query for the same reason: with a condition on the global index beside it, H2 chose at a million rows to walk
     * the primary key and sort, instead of the unique index that is already in order.
     */
    static final int PAGE_ROWS = 1_000;
    /**
     * The replay's page, subject by subject. On H2 the payload and metadata are large objects, and every one handed out stays registered
     * with the connection's session for H2's LOB timeout (five minutes): measured, the replay's live heap grew with the
     * events read (98,647 LOB references held at once during a 1,000,000-event replay). Cast to bytes in the query,
     * they are plain values and go with their page. PostgreSQL stores them as bytes already.
     */
    private static String bySubject(boolean largeObjects) {
        return columns(largeObjects) + "WHERE (aggregate_identifier, sequence_number) > (?, ?) "
                + "ORDER BY aggregate_identifier, sequence_number FETCH FIRST " + PAGE_ROWS + " ROWS ONLY";
    }

    /** The feed's page: in the order recorded, after a position, as many rows as asked. */
    private static String inOrderRecorded(boolean largeObjects) {
        return columns(largeObjects) + "WHERE global_index > ? ORDER BY global_index FETCH FIRST ? ROWS ONLY";
    }

    private static String columns(boolean largeObjects) {
        String payload = largeObjects ? "CAST(payload AS VARBINARY), CAST(meta_data AS VARBINARY)" : "payload, meta_data";
        return "SELECT global_index, type, aggregate_identifier, sequence_number, event_identifier, time_stamp, "
                + "payload_type, payload_revision, " + payload + " FROM domain_event_entry ";
    }

    private static boolean largeObjects(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    private final DataSource dataSource;
    private final Serializer serializer;
    private final Supplier<EventUpcaster> upcasters;

    /** @param serializer reads the payloads; one that leaves personal data sealed is enough for every check */
    EventTableHistory(DataSource dataSource, Serializer serializer, Supplier<EventUpcaster> upcasters) {
        this.dataSource = dataSource;
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    @Override
    public long replay(Instant asOf, Consumer<ReplayedEvent> subjectEvents, Consumer<UUID> subjectComplete) {
        EventUpcaster upcaster = upcasters.get();
        SubjectBoundaries boundaries = new SubjectBoundaries(subjectEvents, subjectComplete);
        try (Connection connection = dataSource.getConnection()) {
            long head = head(connection);
            // before every row: no aggregate identifier is empty
            String afterAggregate = "";
            long afterSequence = Long.MIN_VALUE;
            long replayed = 0;
            try (PreparedStatement page = connection.prepareStatement(bySubject(largeObjects(connection)))) {
                page.setMaxRows(PAGE_ROWS);
                page.setFetchSize(PAGE_ROWS);
                boolean more = true;
                while (more) {
                    List<GenericDomainEventEntry<byte[]>> rows = new ArrayList<>(PAGE_ROWS);
                    page.setString(1, afterAggregate);
                    page.setLong(2, afterSequence);
                    more = false;
                    try (ResultSet result = page.executeQuery()) {
                        while (result.next()) {
                            more = true;
                            afterAggregate = result.getString(3);
                            afterSequence = result.getLong(4);
                            if (result.getLong(1) > head) {
                                continue; // recorded since the replay began: the next replay's
                            }
                            if (asOf != null && Instant.parse(result.getString(6)).isAfter(asOf)) {
                                continue; // the history as of then: recorded later, so not yet there
                            }
                            rows.add(entry(result));
                        }
                    }
                    replayed += rows.size();
                    // events outside any aggregate (the reads of personal data) are counted, never a subject's
                    // history; Axon cannot even deserialize them as domain events (no aggregate type)
                    EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream().filter(row -> row.getType() != null),
                                    serializer, upcaster).asStream()
                            .forEach(message -> ReplayedEvent.of(message).ifPresent(boundaries));
                }
            }
            boundaries.end();
            return replayed;
        } catch (SQLException e) {
            throw new IllegalStateException("The compliance replay could not read the event store", e);
        }
    }

    /**
     * The reporting feed's page: the same columns and the same sealed reading, in the order recorded, from
     * {@code position} on, with no head taken first (a page is one query, so it reads what was committed when it ran).
     */
    @Override
    public List<TrackedEventMessage<?>> after(long position, int rows) {
        List<TrackedDomainEventData<byte[]>> read = new ArrayList<>(Math.min(rows, PAGE_ROWS));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement page = connection.prepareStatement(inOrderRecorded(largeObjects(connection)))) {
            page.setFetchSize(Math.min(rows, PAGE_ROWS));
            page.setLong(1, position);
            page.setInt(2, rows);
            try (ResultSet result = page.executeQuery()) {
                while (result.next()) {
                    read.add(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(result.getLong(1)), entry(result)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The event store could not be read", e);
        }
        return EventUtils.upcastAndDeserializeTrackedEvents(read.stream(), serializer, upcasters.get()).toList();
    }

    @Override
    public long head() {
        try (Connection connection = dataSource.getConnection()) {
            return Math.max(0, head(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("The event store could not be read", e);
        }
    }

    private static GenericDomainEventEntry<byte[]> entry(ResultSet result) throws SQLException {
        return new GenericDomainEventEntry<>(result.getString(2), result.getString(3), result.getLong(4),
                result.getString(5), result.getString(6), result.getString(7), result.getString(8),
                result.getBytes(9), result.getBytes(10));
    }

    private static long head(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT MAX(global_index) FROM domain_event_entry")) {
            result.next();
            long head = result.getLong(1);
            return result.wasNull() ? Long.MIN_VALUE : head;
        }
    }

    /** Hands each subject's events on, and says a subject is complete when another's first event arrives. */
    private static final class SubjectBoundaries implements Consumer<ReplayedEvent> {

        private final Consumer<ReplayedEvent> subjectEvents;
        private final Consumer<UUID> subjectComplete;
        private UUID current;

        SubjectBoundaries(Consumer<ReplayedEvent> subjectEvents, Consumer<UUID> subjectComplete) {
            this.subjectEvents = subjectEvents;
            this.subjectComplete = subjectComplete;
        }

        @Override
        public void accept(ReplayedEvent event) {
            if (current != null && !current.equals(event.customerId())) {
                subjectComplete.accept(current);
            }
            current = event.customerId();
            subjectEvents.accept(event);
        }

        void end() {
            if (current != null) {
                subjectComplete.accept(current);
            }
        }
    }
}
