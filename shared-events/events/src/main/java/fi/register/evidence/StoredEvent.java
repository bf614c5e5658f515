package fi.register.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One row of Axon's event table as it is stored: the payload and metadata bytes exactly as written (personal fields
 * sealed under the subject's key), and the columns that identify the event. A leaf is hashed over this stored form,
 * never over decrypted data, so destroying a subject's key (crypto-shredding) changes nothing a leaf covers.
 * <p>
 * The global index is where the event stands, not part of what it is: it names the event in findings, and the
 * order of the leaves is the order of the indexes.
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateType, String aggregateIdentifier,
                          long sequenceNumber, String timeStamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metaData) {

    /** The leaf's content: each column length-prefixed (and marked when absent), so no two rows encode alike. */
    public byte[] leaf() {
        ByteArrayOutputStream leaf = new ByteArrayOutputStream(256 + length(payload) + length(metaData));
        text(leaf, eventIdentifier);
        text(leaf, aggregateType);
        text(leaf, aggregateIdentifier);
        leaf.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(sequenceNumber).array());
        text(leaf, timeStamp);
        text(leaf, payloadType);
        text(leaf, payloadRevision);
        bytes(leaf, payload);
        bytes(leaf, metaData);
        return leaf.toByteArray();
    }

    public byte[] leafHash() {
        return TreeHashes.leafHash(leaf());
    }

    private static void text(ByteArrayOutputStream leaf, String value) {
        bytes(leaf, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(ByteArrayOutputStream leaf, byte[] value) {
        if (value == null) {
            leaf.write(0);
            return;
        }
        leaf.write(1);
        leaf.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        leaf.writeBytes(value);
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }
}
