package fi.register.evidence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A signed statement that the register's history, in global order, had {@code treeSize} events whose Merkle tree
 * hash was {@code rootHash} at {@code time} (docs/architecture.md, "Tamper-evident history"). Saved as JSON:
 * <pre>
 * {"format":"register-checkpoint/1","treeSize":812,"rootHash":"&lt;hex&gt;","time":"2026-11-30T03:45:40Z",
 *  "keyFingerprint":"SHA256:&lt;hex&gt;","signature":"&lt;base64 Ed25519&gt;","leaves":["&lt;global index&gt;:&lt;leaf hash hex&gt;", ...]}
 * </pre>
 * The signature covers {@link #signedText()}: the first five fields, one per line. The leaves are not signed: they
 * are bound by the root they must hash to, and serve only to name the event that differs when one does.
 */
public record Checkpoint(String format, long treeSize, String rootHash, String time, String keyFingerprint,
                         String signature, List<String> leaves) {

    public static final String FORMAT = "register-checkpoint/1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final HexFormat HEX = HexFormat.of();

    /** Signs the tree of the given leaves, which are in global order. */
    public static Checkpoint sign(List<CoveredEvent> covered, byte[] rootHash, Instant time, CheckpointSigningKey key) {
        Checkpoint unsigned = new Checkpoint(FORMAT, covered.size(), HEX.formatHex(rootHash), time.toString(),
                key.publicKey().fingerprint(), null, covered.stream().map(CoveredEvent::toText).toList());
        byte[] signature = key.sign(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
        return new Checkpoint(FORMAT, unsigned.treeSize, unsigned.rootHash, unsigned.time, unsigned.keyFingerprint,
                Base64.getEncoder().encodeToString(signature), unsigned.leaves);
    }

    public static Checkpoint read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Checkpoint.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a checkpoint from " + file, e);
        }
    }

    public static Checkpoint parse(String json) {
        try {
            return JSON.readValue(json, Checkpoint.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a checkpoint", e);
        }
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the signature covers, UTF-8, each line ending in a newline. */
    public String signedText() {
        return format + "\n" + "tree-size " + treeSize + "\n" + "root-hash " + rootHash + "\n" + "time " + time + "\n"
                + "key " + keyFingerprint + "\n";
    }

    public boolean isSignedBy(CheckpointVerifyingKey key) {
        if (!key.fingerprint().equals(keyFingerprint) || signature == null) {
            return false;
        }
        try {
            return key.verifies(signedText().getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public byte[] rootHashBytes() {
        return HEX.parseHex(rootHash);
    }

    public List<CoveredEvent> coveredEvents() {
        return leaves == null ? List.of() : leaves.stream().map(CoveredEvent::parse).toList();
    }

    /** An event the checkpoint covers: where it stood, and its leaf hash. */
    public record CoveredEvent(long globalIndex, byte[] leafHash) {

        static CoveredEvent parse(String text) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("A checkpoint leaf is <global index>:<hex leaf hash>");
            }
            return new CoveredEvent(Long.parseLong(text.substring(0, colon)), HEX.parseHex(text.substring(colon + 1)));
        }

        String toText() {
            return globalIndex + ":" + HEX.formatHex(leafHash);
        }
    }
}
