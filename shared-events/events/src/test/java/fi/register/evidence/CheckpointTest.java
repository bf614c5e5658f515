package fi.register.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointTest {

    static final Instant TIME = Instant.parse("2026-11-30T03:45:40Z");

    @TempDir
    Path dataDir;

    @Test
    void verifies_WhenSignedByTheConfiguredKeyAndReadBackFromItsJson() {
        CheckpointSigningKey key = CheckpointSigningKey.generate();
        Checkpoint checkpoint = signed(key, history(5));

        Checkpoint read = Checkpoint.parse(checkpoint.toJson());

        assertThat(read).isEqualTo(checkpoint);
        assertThat(read.isSignedBy(key.publicKey())).isTrue();
        assertThat(read.signedText()).isEqualTo("register-checkpoint/1\ntree-size 5\nroot-hash " + read.rootHash()
                + "\ntime 2026-11-30T03:45:40Z\nkey " + key.publicKey().fingerprint() + "\n");
    }

    @Test
    void rejects_WhenSignedByAnotherKeyOrAltered() {
        CheckpointSigningKey key = CheckpointSigningKey.generate();
        CheckpointSigningKey other = CheckpointSigningKey.generate();
        Checkpoint checkpoint = signed(key, history(5));

        assertThat(signed(other, history(5)).isSignedBy(key.publicKey())).isFalse();
        Checkpoint claimingTheRightKey = new Checkpoint(checkpoint.format(), checkpoint.treeSize(), checkpoint.rootHash(),
                checkpoint.time(), checkpoint.keyFingerprint(), signed(other, history(5)).signature(), checkpoint.leaves());
        assertThat(claimingTheRightKey.isSignedBy(key.publicKey())).isFalse();
        Checkpoint larger = new Checkpoint(checkpoint.format(), 6, checkpoint.rootHash(), checkpoint.time(),
                checkpoint.keyFingerprint(), checkpoint.signature(), checkpoint.leaves());
        assertThat(larger.isSignedBy(key.publicKey())).isFalse();
    }

    @Test
    void generatesTheKeyPairOnce_WhereGeneratingIsAllowed() throws Exception {
        Path privateKey = dataDir.resolve("checkpoint-signing.key");
        Path publicKey = dataDir.resolve("checkpoint-signing.pub");

        CheckpointSigningKey generated = CheckpointSigningKey.resolve(privateKey, publicKey, true);
        CheckpointSigningKey loaded = CheckpointSigningKey.resolve(privateKey, publicKey, true);

        assertThat(loaded.publicKey().fingerprint()).isEqualTo(generated.publicKey().fingerprint());
        assertThat(CheckpointVerifyingKey.load(publicKey).verifies("x".getBytes(), loaded.sign("x".getBytes()))).isTrue();
        assertThat(Files.getPosixFilePermissions(privateKey)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThatThrownBy(() -> CheckpointSigningKey.resolve(dataDir.resolve("none.key"), dataDir.resolve("none.pub"), false))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void namesTheChangedDeletedAndReorderedEvents_AndAllowsAppendedOnes() {
        CheckpointSigningKey key = CheckpointSigningKey.generate();
        List<StoredEvent> history = history(10);
        Checkpoint checkpoint = signed(key, history);

        assertThat(verify(checkpoint, key, history(12)).verified()).isTrue();

        List<StoredEvent> changed = new java.util.ArrayList<>(history);
        byte[] payload = changed.get(3).payload().clone();
        payload[0] ^= 1;
        changed.set(3, withPayload(changed.get(3), payload));
        assertThat(verify(checkpoint, key, changed).findings()).containsExactly("event 4 was changed");

        List<StoredEvent> deleted = new java.util.ArrayList<>(history);
        deleted.remove(6);
        assertThat(verify(checkpoint, key, deleted).findings()).containsExactly("event 7 is missing (deleted)");

        List<StoredEvent> reordered = new java.util.ArrayList<>(history);
        reordered.set(1, at(history.get(8), 2));
        reordered.set(8, at(history.get(1), 9));
        assertThat(verify(checkpoint, key, reordered).findings()).containsExactly(
                "event 2 holds what the checkpoint had as event 9 (reordered)",
                "event 9 holds what the checkpoint had as event 2 (reordered)");
    }

    private static HistoryVerification.Result verify(Checkpoint checkpoint, CheckpointSigningKey key, List<StoredEvent> history) {
        HistoryVerification verification = new HistoryVerification(checkpoint, key.publicKey());
        history.forEach(verification::read);
        return verification.result();
    }

    private static Checkpoint signed(CheckpointSigningKey key, List<StoredEvent> history) {
        TreeFrontier tree = new TreeFrontier();
        history.forEach(event -> tree.append(event.leafHash()));
        return Checkpoint.sign(history.stream().map(event -> new Checkpoint.CoveredEvent(event.globalIndex(), event.leafHash()))
                .toList(), tree.rootHash(), TIME, key);
    }

    static List<StoredEvent> history(int events) {
        return LongStream.rangeClosed(1, events).mapToObj(index -> new StoredEvent(index, "event-" + index, "Customer",
                "aggregate-" + (index % 3), index / 3, TIME.plusSeconds(index).toString(), "fi.register.SomethingEvent", "1",
                ("{\"sealed\":\"" + index + "\"}").getBytes(), "{}".getBytes())).toList();
    }

    private static StoredEvent withPayload(StoredEvent event, byte[] payload) {
        return new StoredEvent(event.globalIndex(), event.eventIdentifier(), event.aggregateType(), event.aggregateIdentifier(),
                event.sequenceNumber(), event.timeStamp(), event.payloadType(), event.payloadRevision(), payload, event.metaData());
    }

    private static StoredEvent at(StoredEvent event, long globalIndex) {
        return new StoredEvent(globalIndex, event.eventIdentifier(), event.aggregateType(), event.aggregateIdentifier(),
                event.sequenceNumber(), event.timeStamp(), event.payloadType(), event.payloadRevision(), event.payload(),
                event.metaData());
    }
}
