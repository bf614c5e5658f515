package fi.register.crypto;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The AES-256 key-encryption key that wraps every subject's data key. It never encrypts personal data itself,
 * so it can be rotated by re-wrapping the small key files without touching a single event.
 */
public final class MasterKey {

    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final String id;

    private MasterKey(byte[] material) {
        if (material.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "A master key must be " + KEY_BYTES + " bytes (AES-256), this one has " + material.length);
        }
        this.key = new SecretKeySpec(material, "AES");
        this.id = fingerprint(material);
        Arrays.fill(material, (byte) 0);
    }

    /**
     * The master keys a key store unwraps with, by id: the current one, which also wraps, then the previous ones that
     * wrapped keys a running or interrupted rotation has not re-wrapped yet.
     */
    static java.util.Map<String, MasterKey> byId(MasterKey current, MasterKey... previous) {
        java.util.Map<String, MasterKey> masters = new java.util.LinkedHashMap<>();
        masters.put(current.id(), current);
        for (MasterKey key : previous) {
            masters.putIfAbsent(key.id(), key);
        }
        return java.util.Map.copyOf(masters);
    }

    public static MasterKey fromBase64(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("The master key is empty");
        }
        byte[] material;
        try {
            material = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            // the decoder's message would quote the offending key characters
            throw new IllegalArgumentException("The master key is not valid base64");
        }
        return new MasterKey(material);
    }

    /** From the key's 32 bytes, which are then cleared. */
    static MasterKey of(byte[] material) {
        return new MasterKey(material);
    }

    public static MasterKey load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the master key file " + file, e);
        }
        try {
            return fromBase64(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (file " + file + ")", e);
        }
    }

    public static MasterKey generate() {
        byte[] material = new byte[KEY_BYTES];
        RANDOM.nextBytes(material);
        return new MasterKey(material);
    }

    /**
     * The master key from configuration: the base64 value if set, else the file if it exists, else (only
     * where {@code generateIfMissing}, i.e. the embedded default) a new key generated into the file.
     * Anywhere else a missing master key stops the process: generating one silently would hide a lost key
     * and leave every existing data key unreadable.
     */
    public static MasterKey resolve(String base64, Path file, boolean generateIfMissing) {
        if (base64 != null && !base64.isBlank()) {
            return fromBase64(base64);
        }
        if (file != null && Files.exists(file)) {
            return load(file);
        }
        if (generateIfMissing && file != null) {
            return generateInto(file);
        }
        throw new IllegalStateException("No master key: set register.crypto.master-key or register.crypto.master-key-file");
    }

    /**
     * Creates a new master key in {@code file}, readable by the owner only. Refuses to overwrite an existing
     * file: replacing a master key silently would make every data key it wrapped unreadable.
     */
    public static MasterKey generateInto(Path file) {
        MasterKey masterKey = generate();
        Path absolute = file.toAbsolutePath();
        try {
            SecureFiles.createDirectories(absolute.getParent());
            SecureFiles.writeNew(absolute, masterKey.toBase64().getBytes(StandardCharsets.US_ASCII));
            SecureFiles.syncDirectory(absolute.getParent());
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Refusing to overwrite the existing master key file " + absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the master key file " + absolute, e);
        }
        return masterKey;
    }

    /** A short fingerprint that key files record, so a file names the master that wrapped it. Reveals nothing of the key. */
    public String id() {
        return id;
    }

    public byte[] wrap(UUID subjectId, SecretKey dataKey) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(Uuids.toBytes(subjectId));
            byte[] sealed = cipher.doFinal(dataKey.getEncoded());
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot wrap the data key of subject " + subjectId, e);
        }
    }

    /**
     * @throws IllegalStateException when this master did not wrap the key for this very subject, or the bytes were altered
     */
    public SecretKey unwrap(UUID subjectId, byte[] wrapped) {
        if (wrapped.length <= IV_BYTES) {
            throw new IllegalStateException("The wrapped data key of subject " + subjectId + " is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, wrapped, 0, IV_BYTES));
            cipher.updateAAD(Uuids.toBytes(subjectId));
            byte[] material = cipher.doFinal(wrapped, IV_BYTES, wrapped.length - IV_BYTES);
            try {
                return new SecretKeySpec(material, "AES");
            } finally {
                Arrays.fill(material, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Master key " + id + " cannot unwrap the data key of subject " + subjectId
                    + ": another master key or subject wrapped it, or the bytes were altered");
        }
    }

    /** For storing the key in a keystore ({@link Pkcs12MasterKey}). */
    SecretKey secretKey() {
        return key;
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasterKey that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Only the fingerprint: a master key printed in a log would undo every erasure. */
    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }

    private static String fingerprint(byte[] material) {
        try {
            // a keyed, labelled digest rather than a bare hash of the key: the id is printed and stored freely
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material, "HmacSHA256"));
            byte[] digest = mac.doFinal("fi.register.master-key-id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
