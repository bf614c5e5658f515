package fi.register.command.idempotency;

import fi.register.testsupport.MovableClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The remembered answers: one per key until it expires by the register's clock, then a new key. */
class IdempotencyRecordsTest {

    private static final Instant T0 = Instant.parse("2026-05-04T07:00:00Z");
    private static final StoredAnswer CREATED = new StoredAnswer(201, "/api/customers/1/bookings/2", "application/json",
            "{\"bookingId\":\"2\"}");

    private final MovableClock clock = new MovableClock(T0);
    private IdempotencyRecords records;
    private ExpiredAnswersSweep sweep;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        records = new IdempotencyRecords(dataSource, clock, Duration.ofHours(24));
        records.createTable();
        sweep = new ExpiredAnswersSweep(records, Duration.ofHours(1));
    }

    @Test
    void rejects_ASecondClaimOfTheSameKey_WhileItsRecordLives() {
        records.claim("key", "request");
        records.answer("key", CREATED);
        clock.set(T0.plus(Duration.ofHours(24)).minusMillis(1));

        assertThatThrownBy(() -> records.claim("key", "request")).isInstanceOf(DuplicateKeyException.class);
        assertThat(records.find("key")).hasValueSatisfying(remembered -> {
            assertThat(remembered.requestHash()).isEqualTo("request");
            assertThat(remembered.answer()).isEqualTo(CREATED);
        });
    }

    @Test
    void forgets_AnExpiredKey_SoItIsClaimedAsNewEvenBeforeTheSweep() {
        records.claim("key", "request");
        records.answer("key", CREATED);
        clock.set(T0.plus(Duration.ofHours(24)));

        assertThat(records.find("key")).isEmpty();
        records.claim("key", "another request");
        assertThat(records.find("key")).as("claimed, not yet answered").isEmpty();
    }

    @Test
    void sweepsOut_ExpiredRecordsOnly() {
        records.claim("old", "request");
        records.answer("old", CREATED);
        clock.set(T0.plus(Duration.ofHours(12)));
        records.claim("young", "request");
        records.answer("young", CREATED);

        clock.set(T0.plus(Duration.ofHours(24)));
        assertThat(sweep.sweep()).isEqualTo(1);
        assertThat(records.find("young")).isPresent();
    }
}
