package fi.register.evidence;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 section 2.1 over a list of leaf hashes: its hash at any size, the inclusion proof
 * (audit path) of a leaf and the consistency proof between two sizes, and the verification of both as the RFC
 * gives it (sections 2.1.3.2 and 2.1.4.2), so an auditor's own tool can check what the register hands out.
 * Proof generation walks the leaves of the size asked for: O(n) hashes, no stored inner nodes.
 */
public final class MerkleTree {

    private final List<byte[]> leafHashes;

    public MerkleTree(List<byte[]> leafHashes) {
        this.leafHashes = leafHashes;
    }

    public long size() {
        return leafHashes.size();
    }

    public byte[] rootHash(int size) {
        requireSize(size);
        return hash(0, size);
    }

    /** PATH(m, D[n]) of RFC 9162 section 2.1.3.1, the sibling hashes from the leaf up. */
    public List<byte[]> inclusionProof(int leafIndex, int size) {
        requireSize(size);
        if (leafIndex < 0 || leafIndex >= size) {
            throw new IllegalArgumentException("Leaf " + leafIndex + " is not in a tree of size " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(leafIndex, 0, size, proof);
        return proof;
    }

    /** PROOF(m, D[n]) of RFC 9162 section 2.1.4.1: that the tree of size {@code second} extends the one of size {@code first}. */
    public List<byte[]> consistencyProof(int first, int second) {
        requireSize(second);
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("A tree of size " + first + " cannot precede one of size " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(first, 0, second, true, proof);
        }
        return proof;
    }

    public static boolean verifyInclusion(long leafIndex, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (leafIndex < 0 || leafIndex >= size) {
            return false;
        }
        long fn = leafIndex;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHashes.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = TreeHashes.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (first == 0) {
            // the empty tree is a prefix of every tree; there is nothing to prove
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHashes.nodeHash(c, fr);
                sr = TreeHashes.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = TreeHashes.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    /** MTH(D[from:from+n]). */
    private byte[] hash(int from, int n) {
        if (n == 0) {
            return TreeHashes.emptyRoot();
        }
        if (n == 1) {
            return leafHashes.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return TreeHashes.nodeHash(hash(from, k), hash(from + k, n - k));
    }

    private void path(int m, int from, int n, List<byte[]> proof) {
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, from, k, proof);
            proof.add(hash(from + k, n - k));
        } else {
            path(m - k, from + k, n - k, proof);
            proof.add(hash(from, k));
        }
    }

    private void subproof(int m, int from, int n, boolean wholeOldTree, List<byte[]> proof) {
        if (m == n) {
            if (!wholeOldTree) {
                proof.add(hash(from, n));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, from, k, wholeOldTree, proof);
            proof.add(hash(from + k, n - k));
        } else {
            subproof(m - k, from + k, n - k, false, proof);
            proof.add(hash(from, k));
        }
    }

    private void requireSize(int size) {
        if (size < 0 || size > leafHashes.size()) {
            throw new IllegalArgumentException("The tree has " + leafHashes.size() + " leaves, not " + size);
        }
    }

    /** The k of RFC 9162: the largest power of two smaller than n (n > 1). */
    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }
}
