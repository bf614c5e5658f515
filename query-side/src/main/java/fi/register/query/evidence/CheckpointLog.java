package fi.register.query.evidence;

import fi.register.evidence.Checkpoint;
import fi.register.evidence.CheckpointSigningKey;
import fi.register.evidence.EventTable;
import fi.register.evidence.MerkleTree;
import fi.register.evidence.StoredEvent;
import fi.register.evidence.TreeFrontier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Merkle tree over the event table, kept up to date incrementally: each request reads only the rows appended
 * since the last one, the frontier gives the root without rehashing, and the signed checkpoint is cached by tree
 * size. The leaf hashes are kept in memory (32 bytes an event) for the checkpoint's leaf list and the proofs.
 */
class CheckpointLog {

    private final EventTable events;
    private final CheckpointSigningKey key;
    private final Clock clock;
    private final EvidenceSettings settings;
    private final TreeFrontier frontier = new TreeFrontier();
    private final List<byte[]> leafHashes = new ArrayList<>();
    private long[] globalIndexes = new long[1024];
    private long lastGlobalIndex = Long.MIN_VALUE;
    private Checkpoint latest;

    CheckpointLog(EventTable events, CheckpointSigningKey key, Clock clock, EvidenceSettings settings) {
        this.events = events;
        this.key = key;
        this.clock = clock;
        this.settings = settings;
    }

    /** The checkpoint over every settled event; the same one until the history grows. */
    synchronized Checkpoint latest() {
        catchUp();
        if (latest == null || latest.treeSize() != frontier.size()) {
            List<Checkpoint.CoveredEvent> covered = new ArrayList<>(leafHashes.size());
            for (int i = 0; i < leafHashes.size(); i++) {
                covered.add(new Checkpoint.CoveredEvent(globalIndexes[i], leafHashes.get(i)));
            }
            latest = Checkpoint.sign(covered, frontier.rootHash(), clock.instant(), key);
        }
        return latest;
    }

    /** The audit path of the event at this global index in the tree of the given size, if the tree holds it. */
    synchronized Optional<InclusionProof> inclusionProof(long globalIndex, int size) {
        catchUp();
        int position = Arrays.binarySearch(globalIndexes, 0, leafHashes.size(), globalIndex);
        if (position < 0 || position >= size || size > leafHashes.size()) {
            return Optional.empty();
        }
        MerkleTree tree = new MerkleTree(leafHashes);
        return Optional.of(new InclusionProof(globalIndex, position, size, leafHashes.get(position),
                tree.rootHash(size), tree.inclusionProof(position, size)));
    }

    /** That the tree of size {@code second} extends the one of size {@code first}, if both exist. */
    synchronized Optional<ConsistencyProof> consistencyProof(int first, int second) {
        catchUp();
        if (first < 0 || first > second || second > leafHashes.size()) {
            return Optional.empty();
        }
        MerkleTree tree = new MerkleTree(leafHashes);
        return Optional.of(new ConsistencyProof(first, second, tree.rootHash(first), tree.rootHash(second),
                tree.consistencyProof(first, second)));
    }

    private void catchUp() {
        Instant settled = clock.instant().minus(settings.settleTime());
        while (true) {
            List<StoredEvent> page = events.after(lastGlobalIndex, EventTable.PAGE_ROWS);
            for (StoredEvent event : page) {
                if (Instant.parse(event.timeStamp()).isAfter(settled)) {
                    return;
                }
                append(event);
            }
            if (page.size() < EventTable.PAGE_ROWS) {
                return;
            }
        }
    }

    private void append(StoredEvent event) {
        byte[] leafHash = event.leafHash();
        if (leafHashes.size() == globalIndexes.length) {
            globalIndexes = Arrays.copyOf(globalIndexes, globalIndexes.length * 2);
        }
        globalIndexes[leafHashes.size()] = event.globalIndex();
        leafHashes.add(leafHash);
        frontier.append(leafHash);
        lastGlobalIndex = event.globalIndex();
    }

    record InclusionProof(long globalIndex, int leafIndex, int treeSize, byte[] leafHash, byte[] rootHash,
                                 List<byte[]> auditPath) {
    }

    record ConsistencyProof(int first, int second, byte[] firstRootHash, byte[] secondRootHash, List<byte[]> proof) {
    }
}
