package fi.register.evidence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Axon's event table (the JPA storage engine's {@code domain_event_entry}) in global order, a page at a time
 * (keyset: the next page starts after the last index read), so a history of any length is read in flat memory.
 */
public final class EventTable {

    public static final int PAGE_ROWS = 1_000;
    private static final String PAGE = "SELECT global_index, event_identifier, type, aggregate_identifier, "
            + "sequence_number, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
            + "WHERE global_index > ? ORDER BY global_index";

    private final DataSource dataSource;

    public EventTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Up to {@code limit} stored events after the given global index, in global order. */
    public List<StoredEvent> after(long globalIndex, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement page = connection.prepareStatement(PAGE)) {
            page.setMaxRows(limit);
            page.setFetchSize(limit);
            page.setLong(1, globalIndex);
            List<StoredEvent> rows = new ArrayList<>(Math.min(limit, PAGE_ROWS));
            try (ResultSet result = page.executeQuery()) {
                while (result.next()) {
                    rows.add(new StoredEvent(result.getLong(1), result.getString(2), result.getString(3),
                            result.getString(4), result.getLong(5), result.getString(6), result.getString(7),
                            result.getString(8), result.getBytes(9), result.getBytes(10)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event store's event table", e);
        }
    }
}
