package fi.register.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The public half of the register's Ed25519 checkpoint key (the JDK's own implementation, RFC 8032). Stored as one
 * line of base64 of its X.509 SubjectPublicKeyInfo; its fingerprint is SHA-256 over those DER bytes, so anyone can
 * recompute it with {@code base64 -d key.pub | sha256sum}.
 */
public final class CheckpointVerifyingKey {

    static final String ALGORITHM = "Ed25519";

    private final PublicKey key;
    private final String fingerprint;

    CheckpointVerifyingKey(PublicKey key) {
        this.key = key;
        this.fingerprint = "SHA256:" + HexFormat.of().formatHex(sha256(key.getEncoded()));
    }

    public static CheckpointVerifyingKey fromBase64(String base64) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64.strip());
            return new CheckpointVerifyingKey(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key (base64 of X.509 SubjectPublicKeyInfo)", e);
        }
    }

    public static CheckpointVerifyingKey load(Path file) {
        try {
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint public key " + file, e);
        }
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public boolean verifies(byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // a signature of the wrong length or shape is simply not a valid signature
            return false;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
