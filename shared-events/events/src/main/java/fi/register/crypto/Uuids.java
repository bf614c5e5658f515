package fi.register.crypto;

import java.nio.ByteBuffer;
import java.util.UUID;

final class Uuids {

    private Uuids() {
    }

    static byte[] toBytes(UUID uuid) {
        return ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
    }
}
