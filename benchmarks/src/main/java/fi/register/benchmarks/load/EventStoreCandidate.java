package fi.register.benchmarks.load;

import java.nio.file.Path;
import java.util.List;

/**
 * An event store the same register jar can run on, chosen by launch settings alone. Each is opened on a directory of
 * its own and closed after its run, so candidates never share a file or a server.
 */
enum EventStoreCandidate {

    /** Today's embedded default: H2 file, WRITE_DELAY=0 (register-shared.yml). The baseline of every ratio. */
    H2("h2", "H2 file, WRITE_DELAY=0 (today)"),
    /** H2's own default: commits kept in memory up to 500 ms. What the write-through costs. */
    H2_DELAYED("h2-delay", "H2 file, default WRITE_DELAY (500 ms)"),
    /** zonky's binaries started beside the register, fsync and synchronous_commit on: the production engine. */
    POSTGRES("postgres", "PostgreSQL 14 (zonky binaries), fsync on, synchronous_commit on"),
    /** One file, WAL journal, fsync of the WAL at every commit. */
    SQLITE_FULL("sqlite-full", "SQLite WAL, synchronous=FULL"),
    /** WAL journal, fsync only at checkpoints: survives a killed process, not a power cut. */
    SQLITE_NORMAL("sqlite-normal", "SQLite WAL, synchronous=NORMAL"),
    /**
     * Not an event store: the H2 event store with the projections in mongo-java-server's memory backend, written in
     * one bulk write per collection and batch, rebuilt from the event store at every start (the embedded default
     * since issue 9's projection-store step, the same as {@code h2}, named here so a run says which it weighed).
     * Here so the projection store candidates meet the same load, lag, rebuild and kill -9 measurements side by side.
     */
    H2_VIEWS_IN_MEMORY("h2-views-in-memory", "H2 file, WRITE_DELAY=0; projections in memory, bulk writes"),
    /** The projection store before that step: mongo-java-server's H2 backend, a file kept across restarts. */
    H2_VIEWS_IN_FILE("h2-views-in-file", "H2 file, WRITE_DELAY=0; projections in an H2 file, one write at a time");

    private final String option;
    private final String description;

    EventStoreCandidate(String option, String description) {
        this.option = option;
        this.description = description;
    }

    String description() {
        return description;
    }

    static EventStoreCandidate named(String option) {
        for (EventStoreCandidate candidate : values()) {
            if (candidate.option.equals(option)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No event store candidate " + option + "; known: h2, h2-delay, postgres, "
                + "sqlite-full, sqlite-normal, h2-views-in-memory, h2-views-in-file");
    }

    /** The storage opened in {@code dir}; {@code sqliteJars} are the SQLite driver and Hibernate's dialect for it. */
    OpenStore open(Path dir, List<Path> sqliteJars) {
        return switch (this) {
            case H2 -> OpenStore.of(RegisterLaunch.plain());
            case H2_DELAYED -> OpenStore.of(arguments(
                    "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("events") + ";DB_CLOSE_ON_EXIT=FALSE"));
            case POSTGRES -> {
                HarnessPostgres postgres = HarnessPostgres.start(dir.resolve("pgdata"));
                yield new OpenStore(postgres.launch(), postgres.startMillis(), postgres::close);
            }
            case SQLITE_FULL -> OpenStore.of(sqlite(dir, sqliteJars, "FULL"));
            case SQLITE_NORMAL -> OpenStore.of(sqlite(dir, sqliteJars, "NORMAL"));
            case H2_VIEWS_IN_MEMORY -> OpenStore.of(arguments(
                    "--register.mongo.embedded-backend=memory", "--register.mongo.batched-writes=true"));
            case H2_VIEWS_IN_FILE -> OpenStore.of(arguments(
                    "--register.mongo.embedded-backend=h2", "--register.mongo.batched-writes=false"));
        };
    }

    private static RegisterLaunch sqlite(Path dir, List<Path> sqliteJars, String synchronous) {
        if (sqliteJars.isEmpty()) {
            throw new IllegalStateException("The SQLite driver and dialect jars are missing: benchmarks/run copies them "
                    + "to benchmarks/target/event-store-candidates");
        }
        List<Path> jars = new java.util.ArrayList<>(List.of(AxonSqliteCodes.writeJar(dir)));
        jars.addAll(sqliteJars);
        return new RegisterLaunch(List.of(), jars, List.of(
                "--spring.datasource.url=jdbc:sqlite:" + dir.resolve("events.sqlite")
                        + "?journal_mode=WAL&synchronous=" + synchronous + "&busy_timeout=30000",
                // SQLite has one writer: with several pooled connections a transaction that read first fails with
                // SQLITE_BUSY_SNAPSHOT once another has written (busy_timeout does not help), and transaction_mode=
                // IMMEDIATE breaks Hikari's commits ("cannot commit - no transaction is active"); one connection
                "--spring.datasource.hikari.maximum-pool-size=1",
                "--spring.datasource.driver-class-name=org.sqlite.JDBC",
                "--spring.jpa.properties.hibernate.dialect=fi.register.benchmarks.sqlite.BytesSQLiteDialect"));
    }

    private static RegisterLaunch arguments(String... arguments) {
        return new RegisterLaunch(List.of(), List.of(), List.of(arguments));
    }

    /** A candidate ready for the register: how to launch it, what its own server's start took, how to stop it. */
    record OpenStore(RegisterLaunch launch, double serverStartMillis, Runnable closer) implements AutoCloseable {

        static OpenStore of(RegisterLaunch launch) {
            return new OpenStore(launch, 0, () -> { });
        }

        @Override
        public void close() {
            closer.run();
        }
    }
}
