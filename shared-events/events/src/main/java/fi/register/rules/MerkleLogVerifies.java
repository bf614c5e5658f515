package fi.register.rules;

import fi.register.evidence.Checkpoint;
import fi.register.evidence.CheckpointVerifyingKey;
import fi.register.evidence.HistoryVerification;
import fi.register.evidence.StoredEvent;

import java.util.List;

/**
 * Issue 12: the history is tamper-evident only if someone checks it. The stored events, read in global order as they
 * are stored (sealed), must still hash to a checkpoint signed by the register's key (RFC 9162 Merkle tree, see
 * {@link HistoryVerification}): nothing the checkpoint covered was changed, deleted, reordered or inserted. Events
 * appended after it are not covered and not judged. Findings name events by global index only.
 */
public final class MerkleLogVerifies {

    private final HistoryVerification verification;

    public MerkleLogVerifies(Checkpoint checkpoint, CheckpointVerifyingKey registersKey) {
        this.verification = new HistoryVerification(checkpoint, registersKey);
    }

    /** The next stored event, in global order. */
    public void read(StoredEvent event) {
        verification.read(event);
    }

    /** Empty when the history still holds exactly what the checkpoint covered; otherwise what differs. */
    public List<String> differences() {
        return verification.result().findings();
    }

    /** How many events the checkpoint covered, i.e. how many this rule was checked against. */
    public long covered() {
        return verification.result().treeSize();
    }
}
