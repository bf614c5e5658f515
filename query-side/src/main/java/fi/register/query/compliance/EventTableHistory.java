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
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The history straight from the table Axon's JPA storage engine appends to, in global order, a page of rows per
 * query (keyset: the next page starts after the last index read), so only one page is ever in memory and the
 * database never materializes the whole history for one query.
 * <p>
 * What a tracking processor's stream adds is left out: its gap bookkeeping (a replay stops at the head it saw
 * first; a transaction still open then is the next replay's), the query language parsed per batch, and the entities.
 * The rows still go through the configured upcasters and the register's serializer, with the personal fields left
 * sealed: no check reads one, so no subject's key is looked up or opened, and an erased subject reads as any other.
 */
final class EventTableHistory implements RecordedHistory {

    /** Rows per query: large enough that a query's fixed cost is small per row, small enough to stay a page. */
    static final int PAGE_ROWS = 1_000;
    private static final String PAGE = "SELECT global_index, type, aggregate_identifier, sequence_number, event_identifier, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
            + "WHERE global_index > ? AND global_index <= ? ORDER BY global_index";

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
    public long replay(Instant asOf, Consumer<ReplayedEvent> subjectEvents) {
        EventUpcaster upcaster = upcasters.get();
        try (Connection connection = dataSource.getConnection()) {
            long head = head(connection);
            long after = Long.MIN_VALUE;
            long replayed = 0;
            try (PreparedStatement page = connection.prepareStatement(PAGE)) {
                page.setMaxRows(PAGE_ROWS);
                page.setFetchSize(PAGE_ROWS);
                while (after < head) {
                    List<GenericDomainEventEntry<byte[]>> rows = new ArrayList<>(PAGE_ROWS);
                    long pageStart = after;
                    page.setLong(1, after);
                    page.setLong(2, head);
                    try (ResultSet result = page.executeQuery()) {
                        while (result.next()) {
                            after = result.getLong(1);
                            if (asOf != null && Instant.parse(result.getString(6)).isAfter(asOf)) {
                                continue; // the history as of then: recorded later, so not yet there
                            }
                            rows.add(entry(result));
                        }
                    }
                    if (after == pageStart) {
                        break; // nothing left up to the head
                    }
                    replayed += rows.size();
                    // events outside any aggregate (the reads of personal data) are counted, never a subject's
                    // history; Axon cannot even deserialize them as domain events (no aggregate type)
                    EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream().filter(row -> row.getType() != null),
                                    serializer, upcaster).asStream()
                            .forEach(message -> ReplayedEvent.of(message).ifPresent(subjectEvents));
                }
            }
            return replayed;
        } catch (SQLException e) {
            throw new IllegalStateException("The compliance replay could not read the event store", e);
        }
    }

    /**
     * The reporting feed's page: the same query and the same sealed reading, from {@code position} on, with no head
     * taken first (a page is one query, so it reads what was committed when it ran).
     */
    @Override
    public List<TrackedEventMessage<?>> after(long position, int rows) {
        List<TrackedDomainEventData<byte[]>> read = new ArrayList<>(Math.min(rows, PAGE_ROWS));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement page = connection.prepareStatement(PAGE)) {
            page.setMaxRows(rows);
            page.setFetchSize(Math.min(rows, PAGE_ROWS));
            page.setLong(1, position);
            page.setLong(2, Long.MAX_VALUE);
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
}
