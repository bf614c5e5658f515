package fi.register.benchmarks.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL from the zonky binaries (Maven Central, nothing installed), started by the harness on a data directory
 * of its own, durable as production runs it. zonky's defaults are made for tests: it starts the postmaster with
 * {@code -F} (no fsync) and {@code synchronous_commit=off}; both are switched back on here, and checked.
 */
final class HarnessPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final double startMillis;

    private HarnessPostgres(EmbeddedPostgres postgres, double startMillis) {
        this.postgres = postgres;
        this.startMillis = startMillis;
    }

    static HarnessPostgres start(Path dataDir) {
        long before = System.nanoTime();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    // later -c options win over zonky's -F, so the server forces every commit to disk
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            HarnessPostgres started = new HarnessPostgres(postgres, (System.nanoTime() - before) / 1e6);
            started.requireSetting("fsync", "on");
            started.requireSetting("synchronous_commit", "on");
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /** initdb and the postmaster's start, which a register starting its own PostgreSQL would add to its start-up. */
    double startMillis() {
        return startMillis;
    }

    RegisterLaunch launch() {
        return new RegisterLaunch(java.util.List.of(), java.util.List.of(), java.util.List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                // the postgres profile's dialect (payloads as bytea); the profile itself would refuse the demo users
                "--spring.jpa.properties.hibernate.dialect=fi.register.autoconfigure.postgres.ByteaPostgreSQLDialect"));
    }

    /**
     * The plain Axon application's JDBC engine on this server (its {@code jdbc} profile creates the tables), for the
     * storage variants of {@link PlainAxonComparison}.
     */
    RegisterLaunch plainAxonJdbcLaunch() {
        return new RegisterLaunch(java.util.List.of(), java.util.List.of(), java.util.List.of(
                "--spring.profiles.active=jdbc",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password="));
    }

    /** For services started with the {@code postgres} profile, which bring their own dialect (GatewayLoad). */
    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** A connection of the harness's own, to read what the services wrote (GatewayLoad counts the event store). */
    Connection connect() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    private void requireSetting(String name, String expected) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show " + name)) {
            result.next();
            if (!expected.equals(result.getString(1))) {
                throw new IllegalStateException("PostgreSQL runs with " + name + "=" + result.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + name + " from PostgreSQL", e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("[load] PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
