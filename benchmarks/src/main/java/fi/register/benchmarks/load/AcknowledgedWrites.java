package fi.register.benchmarks.load;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every registration the register acknowledged (answered 201 with its id), and afterwards the proof that each was
 * kept: its events are in the event store, and the query side serves its view through the gateway. A registration
 * that failed or timed out was never acknowledged, so it is not counted either way.
 */
final class AcknowledgedWrites {

    private final Queue<UUID> acknowledged = new ConcurrentLinkedQueue<>();

    void add(UUID customerId) {
        acknowledged.add(customerId);
    }

    int count() {
        return acknowledged.size();
    }

    /** @param inEventStore acknowledged ids with events in the store; {@code servedViews} those whose view answers 200 */
    record Kept(int acknowledged, int inEventStore, int servedViews) {

        boolean all() {
            return inEventStore == acknowledged && servedViews == acknowledged;
        }

        String lost() {
            return String.format("%d of %d acknowledged registrations are not in the event store, %d have no view "
                    + "through the gateway", acknowledged - inEventStore, acknowledged, acknowledged - servedViews);
        }
    }

    /** Counts the event store first (it is the history), then waits at most {@code viewLimit} for the views. */
    Kept check(HarnessPostgres postgres, RegisterClient gateway, Duration viewLimit) {
        List<UUID> ids = List.copyOf(acknowledged);
        return new Kept(ids.size(), inEventStore(postgres, ids), servedViews(gateway, ids, viewLimit));
    }

    private static int inEventStore(HarnessPostgres postgres, List<UUID> ids) {
        try (Connection connection = postgres.connect();
             PreparedStatement query = connection.prepareStatement(
                     "select count(distinct aggregate_identifier) from domain_event_entry where aggregate_identifier = any(?)")) {
            Array array = connection.createArrayOf("varchar", ids.stream().map(UUID::toString).toArray());
            query.setArray(1, array);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the acknowledged registrations in the event store", e);
        }
    }

    /** Each view read once it answers; one still missing at the deadline counts as not served. */
    private static int servedViews(RegisterClient gateway, List<UUID> ids, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        Set<UUID> served = new HashSet<>();
        for (UUID id : ids) {
            while (true) {
                int status = gateway.send(RegisterClient.STAFF, "GET", "/api/customers/" + id, null).statusCode();
                if (status == 200) {
                    served.add(id);
                    break;
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
                LoadHarness.sleep(20);
            }
        }
        return served.size();
    }
}
