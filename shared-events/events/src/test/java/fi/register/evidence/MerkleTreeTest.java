package fi.register.evidence;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree against the published RFC 6962 / RFC 9162 test vectors of transparency-dev/merkle (Apache-2.0):
 * rfc6962/rfc6962_test.go (TestRFC6962Hasher) for the hashes, proof/verify_test.go (leaves, roots,
 * inclusionProofs, consistencyProofs) for the tree, its audit paths and its consistency proofs.
 * https://github.com/transparency-dev/merkle. The vectors are data, copied as hex; no code is.
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** verify_test.go: leaves. */
    static final List<byte[]> LEAVES = hex("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");
    /** verify_test.go: roots, of the trees of sizes 1 to 8 over those leaves. */
    static final List<byte[]> ROOTS = hex(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    record InclusionVector(int leaf, int size, List<byte[]> proof) {
    }

    record ConsistencyVector(int first, int second, List<byte[]> proof) {
    }

    /** verify_test.go: inclusionProofs (its leaf numbers are 1-based; these are the 0-based indexes). */
    static final List<InclusionVector> INCLUSION = List.of(
            new InclusionVector(0, 1, List.of()),
            new InclusionVector(0, 8, hex(
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
            new InclusionVector(5, 8, hex(
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
            new InclusionVector(2, 3, hex("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
            new InclusionVector(1, 5, hex(
                    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));

    /** verify_test.go: consistencyProofs. */
    static final List<ConsistencyVector> CONSISTENCY = List.of(
            new ConsistencyVector(1, 1, List.of()),
            new ConsistencyVector(1, 8, hex(
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
            new ConsistencyVector(6, 8, hex(
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
            new ConsistencyVector(2, 5, hex(
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
            new ConsistencyVector(6, 7, hex(
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));

    private final MerkleTree tree = new MerkleTree(LEAVES.stream().map(TreeHashes::leafHash).toList());

    @Test
    void hashesLeavesAndNodesAsRfc6962Does() {
        // rfc6962_test.go: TestRFC6962Hasher
        assertThat(HEX.formatHex(TreeHashes.emptyRoot()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(HEX.formatHex(TreeHashes.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        assertThat(HEX.formatHex(TreeHashes.leafHash("L123456".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
        assertThat(HEX.formatHex(TreeHashes.nodeHash("N123".getBytes(StandardCharsets.US_ASCII),
                "N456".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb");
    }

    @Test
    void hashesEveryPublishedTreeToItsPublishedRoot() {
        for (int size = 1; size <= 8; size++) {
            assertThat(tree.rootHash(size)).as("root of size %d", size).isEqualTo(ROOTS.get(size - 1));
        }
        assertThat(tree.rootHash(0)).isEqualTo(TreeHashes.emptyRoot());
    }

    @Test
    void givesAndAcceptsThePublishedInclusionProofs() {
        for (InclusionVector vector : INCLUSION) {
            assertThat(tree.inclusionProof(vector.leaf(), vector.size()))
                    .as("audit path of leaf %d in size %d", vector.leaf(), vector.size())
                    .containsExactlyElementsOf(vector.proof());
            assertThat(MerkleTree.verifyInclusion(vector.leaf(), vector.size(), TreeHashes.leafHash(LEAVES.get(vector.leaf())),
                    vector.proof(), ROOTS.get(vector.size() - 1))).isTrue();
        }
    }

    @Test
    void givesAndAcceptsThePublishedConsistencyProofs() {
        for (ConsistencyVector vector : CONSISTENCY) {
            assertThat(tree.consistencyProof(vector.first(), vector.second()))
                    .as("consistency %d..%d", vector.first(), vector.second())
                    .containsExactlyElementsOf(vector.proof());
            assertThat(MerkleTree.verifyConsistency(vector.first(), vector.second(), ROOTS.get(vector.first() - 1),
                    ROOTS.get(vector.second() - 1), vector.proof())).isTrue();
        }
    }

    @Test
    void rejectsAnInclusionProof_WhenLeafIndexSizeOrAnyBitIsWrong() {
        InclusionVector vector = INCLUSION.get(2);
        byte[] leaf = TreeHashes.leafHash(LEAVES.get(vector.leaf()));
        byte[] root = ROOTS.get(7);
        assertThat(MerkleTree.verifyInclusion(vector.leaf() - 1, 8, leaf, vector.proof(), root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(vector.leaf() + 1, 8, leaf, vector.proof(), root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(vector.leaf(), 16, leaf, vector.proof(), root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(vector.leaf(), 4, leaf, vector.proof(), root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(vector.leaf(), 8, TreeHashes.leafHash(new byte[]{1}), vector.proof(), root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(vector.leaf(), 8, leaf, vector.proof().subList(0, 2), root)).isFalse();
        for (int i = 0; i < vector.proof().size(); i++) {
            List<byte[]> altered = flipBit(vector.proof(), i);
            assertThat(MerkleTree.verifyInclusion(vector.leaf(), 8, leaf, altered, root)).as("bit flipped in %d", i).isFalse();
        }
    }

    @Test
    void rejectsAConsistencyProof_WhenSizesRootsOrAnyBitAreWrong() {
        ConsistencyVector vector = CONSISTENCY.get(2);
        byte[] first = ROOTS.get(5);
        byte[] second = ROOTS.get(7);
        assertThat(MerkleTree.verifyConsistency(5, 8, first, second, vector.proof())).isFalse();
        assertThat(MerkleTree.verifyConsistency(7, 8, first, second, vector.proof())).isFalse();
        assertThat(MerkleTree.verifyConsistency(6, 8, second, first, vector.proof())).isFalse();
        assertThat(MerkleTree.verifyConsistency(6, 8, first, second, List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(8, 6, second, first, vector.proof())).isFalse();
        for (int i = 0; i < vector.proof().size(); i++) {
            assertThat(MerkleTree.verifyConsistency(6, 8, first, second, flipBit(vector.proof(), i)))
                    .as("bit flipped in %d", i).isFalse();
        }
    }

    @Test
    void provesEveryLeafAndEveryPrefixOfALargerTree() {
        List<byte[]> leafHashes = IntStream.range(0, 70).mapToObj(i -> TreeHashes.leafHash(new byte[]{(byte) i})).toList();
        MerkleTree larger = new MerkleTree(leafHashes);
        for (int size = 1; size <= 70; size++) {
            byte[] root = larger.rootHash(size);
            for (int leaf = 0; leaf < size; leaf++) {
                assertThat(MerkleTree.verifyInclusion(leaf, size, leafHashes.get(leaf), larger.inclusionProof(leaf, size), root))
                        .as("leaf %d of %d", leaf, size).isTrue();
            }
            for (int first = 0; first <= size; first++) {
                assertThat(MerkleTree.verifyConsistency(first, size, larger.rootHash(first), root,
                        larger.consistencyProof(first, size))).as("consistency %d..%d", first, size).isTrue();
            }
        }
    }

    @Test
    void keepsTheRootOfAGrowingTreeWithoutItsLeaves() {
        List<byte[]> leafHashes = new ArrayList<>();
        TreeFrontier frontier = new TreeFrontier();
        assertThat(frontier.rootHash()).isEqualTo(TreeHashes.emptyRoot());
        for (int i = 0; i < 130; i++) {
            byte[] leaf = TreeHashes.leafHash(new byte[]{(byte) i, (byte) (i >> 8)});
            leafHashes.add(leaf);
            frontier.append(leaf);
            assertThat(frontier.rootHash()).as("size %d", i + 1).isEqualTo(new MerkleTree(leafHashes).rootHash(i + 1));
        }
        TreeFrontier published = new TreeFrontier();
        LEAVES.forEach(leaf -> published.append(TreeHashes.leafHash(leaf)));
        assertThat(published.rootHash()).isEqualTo(ROOTS.get(7));
    }

    private static List<byte[]> flipBit(List<byte[]> proof, int element) {
        List<byte[]> altered = new ArrayList<>(proof);
        byte[] copy = proof.get(element).clone();
        copy[0] ^= 8;
        altered.set(element, copy);
        return altered;
    }

    private static List<byte[]> hex(String... values) {
        return java.util.Arrays.stream(values).map(HEX::parseHex).toList();
    }
}
