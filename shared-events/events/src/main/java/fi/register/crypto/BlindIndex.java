package fi.register.crypto;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A keyed hash (HMAC-SHA256) of a normalized value, so projections can look people up by e-mail or name without
 * storing either in clear. Without the key, the index cannot be reversed by hashing guessed e-mail addresses.
 * Equal after normalization means equal index: lookups ignore case, surrounding blanks and Unicode composition.
 */
public final class BlindIndex {

    /**
     * The reserved subject whose data key the index key is derived from: wrapped by the master key and re-wrapped on
     * rotation like every other key, and never destroyed (stores refuse to), or every index would become unmatchable.
     */
    public static final UUID KEY_ID = new UUID(0, 1);

    private static final byte[] DERIVATION_LABEL = "fi.register.blind-index.v1".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public BlindIndex(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("A blind index key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** Derives the key instead of using the data key as is, so one key never serves two algorithms. */
    public static BlindIndex fromKeyStore(DataKeyStore keys) {
        byte[] dataKey = keys.keyFor(KEY_ID).getEncoded();
        return new BlindIndex(hmac(dataKey, DERIVATION_LABEL));
    }

    /** The index of the value, base64url without padding (43 characters). */
    public String of(String value) {
        Objects.requireNonNull(value, "value");
        byte[] digest = macs.get().doFinal(normalize(value).getBytes(StandardCharsets.UTF_8));
        return ENCODER.encodeToString(digest);
    }

    static String normalize(String value) {
        String composed = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        // lower-casing can decompose a few characters again (e.g. U+0130), hence the second NFC
        return Normalizer.normalize(composed.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
