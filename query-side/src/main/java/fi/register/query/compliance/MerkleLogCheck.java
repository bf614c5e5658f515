package fi.register.query.compliance;

import fi.register.evidence.Checkpoint;
import fi.register.evidence.CheckpointVerifyingKey;
import fi.register.evidence.EventTable;
import fi.register.evidence.StoredEvent;
import fi.register.rules.MerkleLogVerifies;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Whether the stored history still verifies against a saved checkpoint ({@link MerkleLogVerifies}), read from the
 * event table a page at a time in global order, as stored. Runs only where a checkpoint is given
 * ({@code register.compliance.checkpoint-file}, or {@code --checkpoint} of the command line) and the events are in a
 * table this process reads; otherwise it reports zero checks, so "not checked" is never mistaken for "verified".
 * Memory: the checkpoint's leaves (one hash per covered event), nothing per event read.
 */
final class MerkleLogCheck {

    /** No checkpoint to verify against, or no event table to read. */
    static final MerkleLogCheck NONE = new MerkleLogCheck(null, null, null);

    private final EventTable events;
    private final Path checkpointFile;
    private final Path publicKeyFile;

    MerkleLogCheck(EventTable events, Path checkpointFile, Path publicKeyFile) {
        this.events = events;
        this.checkpointFile = checkpointFile;
        this.publicKeyFile = publicKeyFile;
    }

    /** Checks the given checkpoint if there is one; with no event table there is nothing to check. */
    static MerkleLogCheck of(EventTable events, Path checkpointFile, Path publicKeyFile) {
        return events == null || checkpointFile == null ? NONE : new MerkleLogCheck(events, checkpointFile, publicKeyFile);
    }

    record Outcome(List<Finding> findings, Map<ComplianceRule, Long> checked) {
    }

    /**
     * @throws IllegalStateException when a checkpoint is configured but it or the register's public key cannot be
     *                               read: a check that could not run is no verdict either way
     */
    Outcome verify() {
        if (this == NONE) {
            return new Outcome(List.of(), Map.of(ComplianceRule.HISTORY_DOES_NOT_VERIFY, 0L));
        }
        if (!Files.isRegularFile(checkpointFile) || publicKeyFile == null || !Files.isRegularFile(publicKeyFile)) {
            throw new IllegalStateException("No checkpoint or no checkpoint public key where the settings name them");
        }
        Checkpoint checkpoint = Checkpoint.read(checkpointFile);
        MerkleLogVerifies rule = new MerkleLogVerifies(checkpoint, CheckpointVerifyingKey.load(publicKeyFile));
        long after = Long.MIN_VALUE;
        List<StoredEvent> page;
        do {
            page = events.after(after, EventTable.PAGE_ROWS);
            page.forEach(rule::read);
            after = page.isEmpty() ? after : page.get(page.size() - 1).globalIndex();
        } while (page.size() == EventTable.PAGE_ROWS);
        Instant signedAt = signedAt(checkpoint);
        // no subject: the finding is about the store, and names events by their global index only
        List<Finding> findings = rule.differences().stream()
                .map(difference -> new Finding(ComplianceRule.HISTORY_DOES_NOT_VERIFY, null, -1, signedAt,
                        "checkpoint of " + checkpoint.treeSize() + " events signed " + checkpoint.time() + ": " + difference))
                .toList();
        return new Outcome(findings, Map.of(ComplianceRule.HISTORY_DOES_NOT_VERIFY, rule.covered()));
    }

    /** An altered file may hold anything in its time: the finding then says so in its detail, at the epoch. */
    private static Instant signedAt(Checkpoint checkpoint) {
        try {
            return Instant.parse(checkpoint.time());
        } catch (RuntimeException notATime) {
            return Instant.EPOCH;
        }
    }
}
