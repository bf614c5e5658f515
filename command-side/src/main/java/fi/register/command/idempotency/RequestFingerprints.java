package fi.register.command.idempotency;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Keyed hashes (HMAC-SHA256) of what identifies an idempotent request, so the table of remembered answers holds no
 * user name, no key a client chose (which could be anything) and no body (which is personal data): only values that
 * cannot be tested against guesses without the register's key. Each part is length-prefixed, so no two different
 * requests hash alike by moving a boundary.
 */
final class RequestFingerprints {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    RequestFingerprints(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("A fingerprint key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Derived from another secret under its own label, so one key never serves two purposes. */
    static RequestFingerprints derivedFrom(byte[] secret) {
        return new RequestFingerprints(new RequestFingerprints(secret).hash(utf8("fi.register.idempotency.v1")));
    }

    /** Whose key it is: the same key from two users is two keys. */
    String keyOf(String user, IdempotencyKey key) {
        return ENCODER.encodeToString(hash(utf8("key"), utf8(user), utf8(key.value())));
    }

    /** What was asked: method, path with query, and the body's exact bytes. */
    String requestOf(String method, String pathAndQuery, byte[] body) {
        return ENCODER.encodeToString(hash(utf8("request"), utf8(method), utf8(pathAndQuery), body));
    }

    private byte[] hash(byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (byte[] part : parts) {
                mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
