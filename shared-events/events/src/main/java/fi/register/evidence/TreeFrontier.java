package fi.register.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing tree (a compact range from 0): the roots of its perfect subtrees, largest first, one
 * per set bit of the size. Appending a leaf merges at most log2(n) of them, so the root of a history is kept up to
 * date without rehashing what came before; its memory is log2(n) hashes.
 */
public final class TreeFrontier {

    private final List<byte[]> subtreeRoots = new ArrayList<>();
    private long size;

    public void append(byte[] leafHash) {
        subtreeRoots.add(leafHash);
        size++;
        // each trailing zero of the new size is a pair of equal perfect subtrees to merge
        for (long merged = size; (merged & 1) == 0; merged >>>= 1) {
            byte[] right = subtreeRoots.remove(subtreeRoots.size() - 1);
            byte[] left = subtreeRoots.remove(subtreeRoots.size() - 1);
            subtreeRoots.add(TreeHashes.nodeHash(left, right));
        }
    }

    public long size() {
        return size;
    }

    /** The Merkle Tree Hash of every leaf appended (RFC 9162 section 2.1.1): the subtrees folded from the right. */
    public byte[] rootHash() {
        if (subtreeRoots.isEmpty()) {
            return TreeHashes.emptyRoot();
        }
        byte[] root = subtreeRoots.get(subtreeRoots.size() - 1);
        for (int i = subtreeRoots.size() - 2; i >= 0; i--) {
            root = TreeHashes.nodeHash(subtreeRoots.get(i), root);
        }
        return root;
    }
}
