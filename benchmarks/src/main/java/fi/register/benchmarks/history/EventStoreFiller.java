package fi.register.benchmarks.history;

import fi.register.crypto.DataKeyStore;
import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Writes a generated history into a register's data directory the way the register would have: each subject's key
 * created by the register's own file key store under the directory's master key, every event sealed by the register's
 * crypto-shredding serializer, rows appended in batches to the same event table Axon's JPA storage engine writes, and
 * the keys of erased subjects destroyed afterwards (so their personal fields read as erased, as after a real erasure).
 * <p>
 * The register must have been started once on the directory (the embedded default), so its master key and tables
 * exist; the event table must be empty. Not while the register runs.
 */
public final class EventStoreFiller {

    /** Key files are forced to disk one by one: the store waits on the disk, so many at once. */
    private static final int KEY_WRITERS = 16;
    private static final int CHUNK = 10_000;
    private static final int BATCH = 1_000;
    private static final String INSERT = "INSERT INTO DOMAIN_EVENT_ENTRY (GLOBAL_INDEX, EVENT_IDENTIFIER, META_DATA, "
            + "PAYLOAD, PAYLOAD_REVISION, PAYLOAD_TYPE, TIME_STAMP, AGGREGATE_IDENTIFIER, SEQUENCE_NUMBER, TYPE) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The aggregate every event of the register belongs to. */
    private static final String AGGREGATE_TYPE = "Customer";

    private EventStoreFiller() {
    }

    /** How long each step took. */
    /** @param sealing of {@code events}, the part spent in the serializer (on every core) rather than in the database */
    public record Took(Duration keys, Duration events, Duration sealing, Duration shredding) {
        public Duration total() {
            return keys.plus(events).plus(shredding);
        }
    }

    public static Took fill(Path dataDir, HistoryPlan plan, long seed) {
        MasterKey master = MasterKey.load(dataDir.resolve("master.key"));
        PersonalDataProtection protection = PersonalDataProtection.open(dataDir.resolve("keys"), master, Duration.ofMinutes(10));
        Serializer serializer = protection.serializer();
        DataKeyStore keys = protection.keyStore();

        long start = System.nanoTime();
        inParallel(plan.subjects(), keys::keyFor);
        long keysDone = System.nanoTime();
        long sealing = append(dataDir, plan.events(), serializer, new Random(seed ^ 0x5eedL));
        long eventsDone = System.nanoTime();
        inParallel(plan.erased(), keys::destroy);
        long shredded = System.nanoTime();
        return new Took(Duration.ofNanos(keysDone - start), Duration.ofNanos(eventsDone - keysDone),
                Duration.ofNanos(sealing), Duration.ofNanos(shredded - eventsDone));
    }

    /** @return nanoseconds spent sealing */
    private static long append(Path dataDir, List<PlannedEvent> events, Serializer serializer, Random random) {
        Path database = dataDir.resolve("events").resolve("register");
        if (!Files.exists(dataDir.resolve("events").resolve("register.mv.db"))) {
            throw new IllegalStateException("No event store in " + dataDir + ": start the register on it once first");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE",
                "register", "")) {
            requireEmpty(connection);
            long sealing = 0;
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int from = 0; from < events.size(); from += CHUNK) {
                    List<PlannedEvent> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
                    // sealing is the expensive part and needs no order; the rows go in in order
                    Sealed[] sealed = new Sealed[chunk.size()];
                    long sealingStarted = System.nanoTime();
                    IntStream.range(0, chunk.size()).parallel().forEach(i -> sealed[i] = seal(chunk.get(i), serializer));
                    sealing += System.nanoTime() - sealingStarted;
                    for (int i = 0; i < chunk.size(); i++) {
                        PlannedEvent event = chunk.get(i);
                        insert.setLong(1, from + i + 1L);
                        insert.setString(2, new UUID(random.nextLong(), random.nextLong()).toString());
                        insert.setBytes(3, sealed[i].metadata());
                        insert.setBytes(4, sealed[i].payload().getData());
                        insert.setString(5, sealed[i].payload().getType().getRevision());
                        insert.setString(6, sealed[i].payload().getType().getName());
                        insert.setString(7, DateTimeUtils.formatInstant(event.at()));
                        insert.setString(8, event.subject().toString());
                        insert.setLong(9, event.sequence());
                        insert.setString(10, AGGREGATE_TYPE);
                        insert.addBatch();
                        if ((i + 1) % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                    connection.commit();
                }
            }
            // Hibernate hands out global indexes from this sequence, 50 at a time: the register's next event follows ours
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER SEQUENCE DOMAIN_EVENT_ENTRY_SEQ RESTART WITH " + (events.size() + 100));
            }
            connection.commit();
            return sealing;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the generated history into " + database, e);
        }
    }

    private record Sealed(byte[] metadata, SerializedObject<byte[]> payload) {
    }

    private static Sealed seal(PlannedEvent event, Serializer serializer) {
        return new Sealed(serializer.serialize(event.metadata(), byte[].class).getData(),
                serializer.serialize(event.payload(), byte[].class));
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM DOMAIN_EVENT_ENTRY")) {
            count.next();
            if (count.getLong(1) != 0) {
                throw new IllegalStateException("The event store already holds events: generate into a fresh data directory");
            }
        }
    }

    private static void inParallel(List<UUID> subjects, Consumer<UUID> action) {
        ExecutorService pool = Executors.newFixedThreadPool(KEY_WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            subjects.forEach(id -> done.add(pool.submit(() -> action.accept(id))));
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing keys", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A key could not be written", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
