package fi.register.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.NoSuchPaddingException;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Encrypts one value of personal data under its subject's data key, AES-256-GCM, into a text token
 * {@code v1:<base64url(iv || ciphertext || tag)>} that fits in any JSON or document field.
 * The subject id and a context (the field name) are authenticated with it, so a token copied to another subject
 * or another field is refused instead of being read as that subject's data.
 */
public final class PersonalDataCipher {

    static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    // a provider lookup per value would cost more than the encryption itself
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(PersonalDataCipher::newCipher);

    private final DataKeyStore keys;

    public PersonalDataCipher(DataKeyStore keys) {
        this.keys = keys;
    }

    /** @throws SubjectErasedException when the subject was erased: nothing new is written for an erased subject */
    public String encrypt(UUID subjectId, String context, byte[] plaintext) {
        return encrypt(keys.keyFor(subjectId), subjectId, context, plaintext);
    }

    /**
     * @return empty when the subject's key is gone: the value was erased
     * @throws IllegalArgumentException when {@code token} is not a token of this cipher
     * @throws IllegalStateException    when the token was altered, or belongs to another subject or context
     */
    public Optional<byte[]> decrypt(UUID subjectId, String context, String token) {
        byte[] sealed = parse(token);
        if (sealed == null) {
            throw new IllegalArgumentException("Not a personal data token (subject " + subjectId + ", " + context + ")");
        }
        return keys.find(subjectId).map(key -> open(key, subjectId, context, sealed));
    }

    public String encryptString(UUID subjectId, String context, String plaintext) {
        return encrypt(subjectId, context, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    public Optional<String> decryptString(UUID subjectId, String context, String token) {
        return decrypt(subjectId, context, token).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** One key lookup for all of a message's fields. */
    Optional<SecretKey> findKey(UUID subjectId) {
        return keys.find(subjectId);
    }

    SecretKey keyFor(UUID subjectId) {
        return keys.keyFor(subjectId);
    }

    static String encrypt(SecretKey key, UUID subjectId, String context, byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        Cipher cipher = CIPHERS.get();
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(subjectId, context));
            byte[] sealed = cipher.doFinal(plaintext);
            return PREFIX + ENCODER.encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data of subject " + subjectId, e);
        }
    }

    static byte[] open(SecretKey key, UUID subjectId, String context, byte[] sealed) {
        Cipher cipher = CIPHERS.get();
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(aad(subjectId, context));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Refusing personal data of subject " + subjectId + " (" + context
                    + "): the token was altered or belongs to another subject or field");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt personal data of subject " + subjectId + " (" + context + ")", e);
        }
    }

    /** The IV and sealed bytes of a token, or null when the text is no token. */
    static byte[] parse(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return null;
        }
        try {
            byte[] sealed = DECODER.decode(token.substring(PREFIX.length()));
            return sealed.length >= IV_BYTES + TAG_BYTES ? sealed : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The subject id has a fixed length, so subject and context cannot be shifted into each other. */
    private static byte[] aad(UUID subjectId, String context) {
        byte[] contextBytes = context.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(16 + contextBytes.length)
                .putLong(subjectId.getMostSignificantBits())
                .putLong(subjectId.getLeastSignificantBits())
                .put(contextBytes)
                .array();
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (NoSuchAlgorithmException | NoSuchPaddingException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    }
}
