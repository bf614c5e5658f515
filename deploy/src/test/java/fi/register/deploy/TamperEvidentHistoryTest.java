package fi.register.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.evidence.Checkpoint;
import fi.register.evidence.CheckpointSigningKey;
import fi.register.evidence.MerkleTree;
import fi.register.testsupport.MovableClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history the real register recorded, a checkpoint the DPO saved from it, then an erasure and later events; then
 * the store edited behind the register's back, as an intruder or a broken past version would (plain JDBC on a copy of
 * the data directory). {@code register.jar verify} catches each edit and names the event by its global index.
 */
class TamperEvidentHistoryTest {

    /** Far after the events' own (system) time stamps, so with no settle time every event is settled. */
    static final Instant NOW = Instant.parse("2099-01-01T00:00:00Z");
    static final int CUSTOMERS = 150;
    static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Testi","lastName":"Tarkastettava","email":"tarkastettava%d@example.test",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";

    @TempDir
    static Path recorded;
    @TempDir
    Path copy;

    static Path checkpointFile;
    static Checkpoint checkpoint;

    @BeforeAll
    static void recordAHistorySaveACheckpointThenEraseASubject() throws Exception {
        try (RunningRegister register = RunningRegister.start(recorded, new MovableClock(NOW),
                "--register.evidence.settle-time=PT0S", "--register.retention.enforce-automatically=false")) {
            String first = null;
            for (int i = 0; i < CUSTOMERS; i++) {
                RunningRegister.Response created = register.send("staff", "POST", "/api/customers", CUSTOMER.formatted(i));
                assertThat(created.status()).isEqualTo(201);
                first = first == null ? created.json().path("customerId").asText() : first;
            }
            assertThat(register.send("staff", "GET", "/api/checkpoints/latest", null).status()).isEqualTo(403);
            RunningRegister.Response latest = register.send("dpo", "GET", "/api/checkpoints/latest", null);
            assertThat(latest.status()).isEqualTo(200);
            assertThat(latest.body()).doesNotContain("Tarkastettava", "tarkastettava");
            checkpointFile = recorded.resolve("saved-checkpoint.json");
            Files.writeString(checkpointFile, latest.body());
            checkpoint = Checkpoint.read(checkpointFile);
            assertThat(checkpoint.treeSize()).isGreaterThanOrEqualTo(CUSTOMERS);
            assertThat(register.send("dpo", "GET", "/api/checkpoints/latest", null).body())
                    .as("the same checkpoint while the history has not grown").isEqualTo(latest.body());
            provesInclusionAndConsistency(register);

            assertThat(register.send("dpo", "POST", "/api/customers/" + first + "/erasure", null).status()).isEqualTo(204);
            assertThat(register.send("staff", "POST", "/api/customers", CUSTOMER.formatted(CUSTOMERS)).status()).isEqualTo(201);
        }
        assertThat(recorded.resolve("checkpoint-signing.key")).as("generated beside the master key").exists();
        assertThat(recorded.resolve("master.key")).exists();
    }

    @Test
    void verifies_WhenOnlyErasuresAndNewEventsFollowedTheCheckpoint() throws Exception {
        Verification verification = verify(copyOfTheRecordedHistory());

        assertThat(verification.status()).isEqualTo(CheckpointVerificationCommand.VERIFIED);
        assertThat(verification.output()).contains("VERIFIED: the history still holds exactly the " + checkpoint.treeSize())
                .contains("later events, from global index").doesNotContain("Tarkastettava", "tarkastettava");
    }

    @Test
    void namesTheEvent_WhenOneByteOfAStoredPayloadWasChanged() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        long event = coveredGlobalIndex(40);
        try (Connection store = eventStore(dataDir);
             PreparedStatement read = store.prepareStatement("SELECT payload FROM domain_event_entry WHERE global_index = ?");
             PreparedStatement write = store.prepareStatement("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?")) {
            read.setLong(1, event);
            byte[] payload;
            try (ResultSet row = read.executeQuery()) {
                row.next();
                payload = row.getBytes(1);
            }
            payload[payload.length / 2] ^= 1;
            write.setBytes(1, payload);
            write.setLong(2, event);
            assertThat(write.executeUpdate()).isEqualTo(1);
        }

        Verification verification = verify(dataDir);

        assertThat(verification.status()).isEqualTo(CheckpointVerificationCommand.DIFFERS);
        assertThat(verification.output()).contains("NOT VERIFIED", "event " + event + " was changed");
    }

    @Test
    void namesTheEvent_WhenAnEventWasDeleted() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        long event = coveredGlobalIndex(77);
        execute(dataDir, "DELETE FROM domain_event_entry WHERE global_index = " + event);

        Verification verification = verify(dataDir);

        assertThat(verification.status()).isEqualTo(CheckpointVerificationCommand.DIFFERS);
        assertThat(verification.output()).contains("event " + event + " is missing (deleted)");
    }

    @Test
    void namesBothEvents_WhenTwoEventsWereReordered() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        long earlier = coveredGlobalIndex(10);
        long later = coveredGlobalIndex(90);
        execute(dataDir, "UPDATE domain_event_entry SET global_index = -1 WHERE global_index = " + earlier,
                "UPDATE domain_event_entry SET global_index = " + earlier + " WHERE global_index = " + later,
                "UPDATE domain_event_entry SET global_index = " + later + " WHERE global_index = -1");

        Verification verification = verify(dataDir);

        assertThat(verification.status()).isEqualTo(CheckpointVerificationCommand.DIFFERS);
        assertThat(verification.output()).contains(
                "event " + earlier + " holds what the checkpoint had as event " + later + " (reordered)",
                "event " + later + " holds what the checkpoint had as event " + earlier + " (reordered)");
    }

    @Test
    void rejectsTheCheckpoint_WhenAForgedEventIsCoveredByASignatureUnderAnotherKey() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        long forged = coveredGlobalIndex(checkpoint.treeSize() - 1) + 1000;
        execute(dataDir, "INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload, "
                + "payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                + "SELECT " + forged + ", 'forged-event', meta_data, payload, payload_revision, payload_type, time_stamp, "
                + "'forged-aggregate', 0, type FROM domain_event_entry WHERE global_index = " + coveredGlobalIndex(5));
        CheckpointSigningKey intruder = CheckpointSigningKey.generate();
        Checkpoint underItsOwnKey = forgedCheckpoint(dataDir, intruder);
        Checkpoint claimingTheRegistersKey = new Checkpoint(underItsOwnKey.format(), underItsOwnKey.treeSize(),
                underItsOwnKey.rootHash(), underItsOwnKey.time(), checkpoint.keyFingerprint(), underItsOwnKey.signature(),
                underItsOwnKey.leaves());

        Verification ownKey = verify(dataDir, write(underItsOwnKey));
        Verification registersKey = verify(dataDir, write(claimingTheRegistersKey));

        assertThat(ownKey.status()).isEqualTo(CheckpointVerificationCommand.DIFFERS);
        assertThat(ownKey.output()).contains("the checkpoint names key " + intruder.publicKey().fingerprint()
                + ", not the configured key " + checkpoint.keyFingerprint());
        assertThat(registersKey.status()).isEqualTo(CheckpointVerificationCommand.DIFFERS);
        assertThat(registersKey.output()).contains("signature does not verify");
        assertThat(verify(dataDir).status()).as("the genuine checkpoint still holds: the forged event came after it")
                .isEqualTo(CheckpointVerificationCommand.VERIFIED);
    }

    @Test
    void refusesToRun_WithoutACheckpointFile() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = CheckpointVerificationCommand.run(new PrintStream(output, true, StandardCharsets.UTF_8),
                CheckpointVerificationCommand.NAME, "--register.data-dir=" + copy);
        assertThat(status).isEqualTo(CheckpointVerificationCommand.UNUSABLE);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Usage");
    }

    private static void provesInclusionAndConsistency(RunningRegister register) throws Exception {
        HexFormat hex = HexFormat.of();
        int size = (int) checkpoint.treeSize();
        long event = coveredGlobalIndex(33);
        JsonNode inclusion = register.send("dpo", "GET", "/api/checkpoints/proof?event=" + event + "&size=" + size, null).json();
        assertThat(MerkleTree.verifyInclusion(inclusion.path("leafIndex").asLong(), size,
                checkpoint.coveredEvents().get(33).leafHash(), hashes(inclusion.path("auditPath")),
                checkpoint.rootHashBytes())).isTrue();
        JsonNode consistency = register.send("dpo", "GET", "/api/checkpoints/consistency?from=100&to=" + size, null).json();
        assertThat(MerkleTree.verifyConsistency(100, size, hex.parseHex(consistency.path("fromRootHash").asText()),
                checkpoint.rootHashBytes(), hashes(consistency.path("proof")))).isTrue();
        assertThat(register.send("dpo", "GET", "/api/checkpoints/consistency?from=5&to=" + (size + 10_000), null).status())
                .isEqualTo(400);
    }

    private static List<byte[]> hashes(JsonNode array) {
        return Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(i -> HexFormat.of().parseHex(array.get(i).asText())).toList();
    }

    private static long coveredGlobalIndex(long position) {
        return checkpoint.coveredEvents().get((int) position).globalIndex();
    }

    private Checkpoint forgedCheckpoint(Path dataDir, CheckpointSigningKey key) {
        List<Checkpoint.CoveredEvent> covered = new java.util.ArrayList<>();
        fi.register.evidence.TreeFrontier tree = new fi.register.evidence.TreeFrontier();
        for (fi.register.evidence.StoredEvent event : new fi.register.evidence.EventTable(dataSource(dataDir))
                .after(Long.MIN_VALUE, 100_000)) {
            covered.add(new Checkpoint.CoveredEvent(event.globalIndex(), event.leafHash()));
            tree.append(event.leafHash());
        }
        return Checkpoint.sign(covered, tree.rootHash(), NOW, key);
    }

    private Path write(Checkpoint forged) throws IOException {
        return Files.writeString(Files.createTempFile(copy, "forged", ".json"), forged.toJson());
    }

    private Path copyOfTheRecordedHistory() throws IOException {
        Path dataDir = copy.resolve("data");
        try (Stream<Path> files = Files.walk(recorded)) {
            for (Path file : files.toList()) {
                Path target = dataDir.resolve(recorded.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return dataDir;
    }

    private static Verification verify(Path dataDir) {
        return verify(dataDir, checkpointFile);
    }

    private static Verification verify(Path dataDir, Path checkpoint) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = CheckpointVerificationCommand.run(new PrintStream(output, true, StandardCharsets.UTF_8),
                CheckpointVerificationCommand.NAME, "--checkpoint", checkpoint.toString(), "--register.data-dir=" + dataDir);
        return new Verification(status, output.toString(StandardCharsets.UTF_8));
    }

    private static void execute(Path dataDir, String... statements) throws SQLException {
        try (Connection store = eventStore(dataDir); Statement statement = store.createStatement()) {
            for (String sql : statements) {
                assertThat(statement.executeUpdate(sql)).as(sql).isEqualTo(1);
            }
        }
    }

    private static Connection eventStore(Path dataDir) throws SQLException {
        return dataSource(dataDir).getConnection();
    }

    private static JdbcDataSource dataSource(Path dataDir) {
        JdbcDataSource eventStore = new JdbcDataSource();
        eventStore.setURL("jdbc:h2:file:" + dataDir.resolve("events/register") + ";DB_CLOSE_ON_EXIT=FALSE");
        eventStore.setUser("register");
        return eventStore;
    }

    record Verification(int status, String output) {
    }
}
