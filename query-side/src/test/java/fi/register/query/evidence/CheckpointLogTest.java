package fi.register.query.evidence;

import fi.register.evidence.Checkpoint;
import fi.register.evidence.CheckpointSigningKey;
import fi.register.evidence.EventTable;
import fi.register.evidence.MerkleTree;
import fi.register.testsupport.MovableClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointLogTest {

    static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private final JdbcDataSource eventStore = new JdbcDataSource();
    private final MovableClock clock = new MovableClock(T0);
    private final CheckpointSigningKey key = CheckpointSigningKey.generate();
    private CheckpointLog log;

    @BeforeEach
    void eventTable() throws SQLException {
        eventStore.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = eventStore.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE domain_event_entry (global_index BIGINT PRIMARY KEY, event_identifier VARCHAR(255), "
                    + "meta_data BLOB, payload BLOB, payload_revision VARCHAR(255), payload_type VARCHAR(255), "
                    + "time_stamp VARCHAR(255), aggregate_identifier VARCHAR(255), sequence_number BIGINT, type VARCHAR(255))");
        }
        log = new CheckpointLog(new EventTable(eventStore), key, clock,
                new EvidenceSettings(null, null, false, Duration.ofMinutes(1)));
    }

    @Test
    void keepsTheSameCheckpoint_WhileTheHistoryHasNotGrown() throws SQLException {
        append(1, T0.minusSeconds(600));
        append(2, T0.minusSeconds(500));

        Checkpoint first = log.latest();
        clock.set(T0.plusSeconds(60));

        assertThat(log.latest()).isSameAs(first);
        assertThat(first.treeSize()).isEqualTo(2);
        assertThat(first.isSignedBy(key.publicKey())).isTrue();
    }

    @Test
    void leavesOutEvents_YoungerThanTheSettleTime() throws SQLException {
        append(1, T0.minusSeconds(600));
        append(3, T0.minusSeconds(30));

        assertThat(log.latest().treeSize()).as("event 3 may still have a gap before it being filled").isEqualTo(1);

        clock.set(T0.plusSeconds(60));
        assertThat(log.latest().treeSize()).isEqualTo(2);
    }

    @Test
    void growsIncrementally_WithEachCheckpointConsistentWithTheEarlierOnes() throws SQLException {
        for (int i = 1; i <= 5; i++) {
            append(i, T0.minusSeconds(600));
        }
        Checkpoint earlier = log.latest();
        for (int i = 6; i <= 13; i++) {
            append(i * 2, T0.minusSeconds(300));
        }

        Checkpoint later = log.latest();
        CheckpointLog.ConsistencyProof proof = log.consistencyProof(5, 13).orElseThrow();
        CheckpointLog.InclusionProof inclusion = log.inclusionProof(20, 13).orElseThrow();

        assertThat(later.treeSize()).isEqualTo(13);
        assertThat(MerkleTree.verifyConsistency(5, 13, earlier.rootHashBytes(), later.rootHashBytes(), proof.proof())).isTrue();
        assertThat(MerkleTree.verifyInclusion(inclusion.leafIndex(), 13, inclusion.leafHash(), inclusion.auditPath(),
                later.rootHashBytes())).isTrue();
        assertThat(log.inclusionProof(20, 9)).as("event 20 is the 10th leaf").isEmpty();
        assertThat(log.inclusionProof(7, 13)).as("no event 7").isEmpty();
    }

    private void append(long globalIndex, Instant time) throws SQLException {
        try (Connection connection = eventStore.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO domain_event_entry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, globalIndex);
            insert.setString(2, "event-" + globalIndex);
            insert.setBytes(3, "{}".getBytes());
            insert.setBytes(4, ("{\"n\":" + globalIndex + "}").getBytes());
            insert.setString(5, "1");
            insert.setString(6, "fi.register.SomethingEvent");
            insert.setString(7, time.toString());
            insert.setString(8, "aggregate");
            insert.setLong(9, globalIndex);
            insert.setString(10, "Customer");
            insert.executeUpdate();
        }
    }
}
