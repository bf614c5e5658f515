package fi.register.command.idempotency;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The remembered answers, in the event store's own database (H2 embedded, PostgreSQL), on the connection of the
 * current Spring transaction: the one Axon's unit of work appends the command's events in. A record and the events
 * of its command commit together or not at all, so an acknowledged command always has its record and a record
 * always has its events, also across a {@code kill -9}. Keys and requests are keyed hashes
 * ({@link RequestFingerprints}); times are epoch milliseconds, which H2 and PostgreSQL store alike.
 */
class IdempotencyRecords {

    static final String TABLE = "idempotency_record";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration ttl;

    IdempotencyRecords(DataSource dataSource, Clock clock, Duration ttl) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.ttl = ttl;
    }

    void createTable() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (key_hash VARCHAR(64) PRIMARY KEY, "
                + "request_hash VARCHAR(64) NOT NULL, expires_at BIGINT NOT NULL, status INTEGER, "
                + "location VARCHAR(1024), content_type VARCHAR(255), body VARCHAR(16384))");
        jdbc.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_expiry ON " + TABLE + " (expires_at)");
    }

    /**
     * Takes the key for this request, forgetting an expired record of it first. A second transaction claiming the
     * same key waits on the primary key until this one ends, then fails with a duplicate key (this one committed)
     * or succeeds (it rolled back): the database decides which request runs, also between instances.
     */
    void claim(String keyHash, String requestHash) {
        long now = clock.millis();
        jdbc.update("DELETE FROM " + TABLE + " WHERE key_hash = ? AND expires_at <= ?", keyHash, now);
        jdbc.update("INSERT INTO " + TABLE + " (key_hash, request_hash, expires_at) VALUES (?, ?, ?)",
                keyHash, requestHash, now + ttl.toMillis());
    }

    /** Completes the claim with the answer given, in the same transaction. */
    void answer(String keyHash, StoredAnswer answer) {
        jdbc.update("UPDATE " + TABLE + " SET status = ?, location = ?, content_type = ?, body = ? WHERE key_hash = ?",
                answer.status(), answer.location(), answer.contentType(), answer.body(), keyHash);
    }

    /** A committed, unexpired record: its request's hash and the answer it was given. */
    Optional<Remembered> find(String keyHash) {
        return jdbc.query("SELECT request_hash, status, location, content_type, body FROM " + TABLE
                        + " WHERE key_hash = ? AND expires_at > ? AND status IS NOT NULL",
                (row, number) -> new Remembered(row.getString(1), new StoredAnswer(row.getInt(2), row.getString(3),
                        row.getString(4), row.getString(5))),
                keyHash, clock.millis()).stream().findFirst();
    }

    /** Sweeps out every expired record; a key whose record expired is a new key even before the sweep. */
    int forgetExpired() {
        return jdbc.update("DELETE FROM " + TABLE + " WHERE expires_at <= ?", clock.millis());
    }

    record Remembered(String requestHash, StoredAnswer answer) {
    }
}
