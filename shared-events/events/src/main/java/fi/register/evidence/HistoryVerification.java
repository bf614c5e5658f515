package fi.register.evidence;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves that a history still holds exactly what a checkpoint covered: the checkpoint is signed by the configured
 * key, and the first {@code treeSize} stored events, in global order, hash to its root (events appended since are
 * allowed). Where they do not, the checkpoint's leaves name the events that differ, by global index only: no content
 * of any event is ever reported.
 */
public final class HistoryVerification {

    private final Checkpoint checkpoint;
    private final List<String> findings = new ArrayList<>();
    private final TreeFrontier currentTree = new TreeFrontier();
    /** Covered leaves by global index, in global order; removed as the history is read, what remains was deleted. */
    private final Map<Long, byte[]> unseen = new LinkedHashMap<>();
    private final Map<ByteBuffer, Long> coveredIndexByHash = new HashMap<>();
    private final long lastCoveredIndex;
    private long firstUncoveredIndex = -1;
    private final boolean trusted;

    public HistoryVerification(Checkpoint checkpoint, CheckpointVerifyingKey configuredKey) {
        this.checkpoint = checkpoint;
        List<Checkpoint.CoveredEvent> covered = checkpoint.coveredEvents();
        covered.forEach(event -> {
            unseen.put(event.globalIndex(), event.leafHash());
            coveredIndexByHash.put(ByteBuffer.wrap(event.leafHash()), event.globalIndex());
        });
        lastCoveredIndex = covered.isEmpty() ? Long.MIN_VALUE : covered.get(covered.size() - 1).globalIndex();
        trusted = checkTrust(configuredKey, covered);
    }

    /** The next stored event, in global order. */
    public void read(StoredEvent event) {
        if (!trusted) {
            return;
        }
        byte[] leafHash = event.leafHash();
        if (currentTree.size() < checkpoint.treeSize()) {
            currentTree.append(leafHash);
        } else if (firstUncoveredIndex < 0) {
            firstUncoveredIndex = event.globalIndex();
        }
        byte[] covered = unseen.remove(event.globalIndex());
        if (covered != null) {
            if (!MessageDigest.isEqual(covered, leafHash)) {
                Long original = coveredIndexByHash.get(ByteBuffer.wrap(leafHash));
                findings.add(original != null
                        ? "event " + event.globalIndex() + " holds what the checkpoint had as event " + original + " (reordered)"
                        : "event " + event.globalIndex() + " was changed");
            }
        } else if (event.globalIndex() <= lastCoveredIndex) {
            findings.add("event " + event.globalIndex() + " was inserted into the history the checkpoint covered");
        }
    }

    public Result result() {
        if (trusted) {
            unseen.keySet().forEach(index -> findings.add("event " + index + " is missing (deleted)"));
            // where events are named, the counts and the root would only restate them
            if (findings.isEmpty() && currentTree.size() < checkpoint.treeSize()) {
                findings.add("the history has " + currentTree.size() + " events, the checkpoint covered " + checkpoint.treeSize());
            } else if (findings.isEmpty() && !MessageDigest.isEqual(currentTree.rootHash(), checkpoint.rootHashBytes())) {
                findings.add("the first " + checkpoint.treeSize() + " events no longer hash to the checkpoint's root");
            }
        }
        return new Result(findings.isEmpty(), checkpoint.treeSize(), firstUncoveredIndex, List.copyOf(findings));
    }

    private boolean checkTrust(CheckpointVerifyingKey configuredKey, List<Checkpoint.CoveredEvent> covered) {
        if (!Checkpoint.FORMAT.equals(checkpoint.format())) {
            findings.add("not a " + Checkpoint.FORMAT + " checkpoint");
            return false;
        }
        if (!configuredKey.fingerprint().equals(checkpoint.keyFingerprint())) {
            findings.add("the checkpoint names key " + checkpoint.keyFingerprint() + ", not the configured key "
                    + configuredKey.fingerprint());
            return false;
        }
        if (!checkpoint.isSignedBy(configuredKey)) {
            findings.add("the checkpoint's signature does not verify under the configured key " + configuredKey.fingerprint());
            return false;
        }
        TreeFrontier listed = new TreeFrontier();
        covered.forEach(event -> listed.append(event.leafHash()));
        if (covered.size() != checkpoint.treeSize() || !MessageDigest.isEqual(listed.rootHash(), checkpoint.rootHashBytes())) {
            findings.add("the checkpoint's leaves do not hash to its signed root: the file was altered");
            return false;
        }
        return true;
    }

    /**
     * @param firstUncoveredIndex the global index of the first event appended after the checkpoint, or -1 if none
     * @param findings            what differs, naming events by global index; empty when verified
     */
    public record Result(boolean verified, long treeSize, long firstUncoveredIndex, List<String> findings) {
    }
}
