package fi.register.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key the register signs its checkpoints with: the private half as one line of base64 PKCS#8, the public
 * half beside it (the JDK does not derive one from the other, so both are kept). Only the fingerprint is ever printed.
 */
public final class CheckpointSigningKey {

    private final PrivateKey key;
    private final CheckpointVerifyingKey publicKey;

    private CheckpointSigningKey(PrivateKey key, CheckpointVerifyingKey publicKey) {
        this.key = key;
        this.publicKey = publicKey;
    }

    public static CheckpointSigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(CheckpointVerifyingKey.ALGORITHM).generateKeyPair();
            return new CheckpointSigningKey(pair.getPrivate(), new CheckpointVerifyingKey(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }

    public static CheckpointSigningKey load(Path privateKeyFile, Path publicKeyFile) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(privateKeyFile, StandardCharsets.US_ASCII).strip());
            PrivateKey key = KeyFactory.getInstance(CheckpointVerifyingKey.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
            return new CheckpointSigningKey(key, CheckpointVerifyingKey.load(publicKeyFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint signing key " + privateKeyFile, e);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            // the decoder's message would quote key characters
            throw new IllegalArgumentException("The checkpoint signing key " + privateKeyFile
                    + " is not an Ed25519 private key (base64 of PKCS#8)");
        }
    }

    /**
     * The key in the files if they exist, else (only where {@code generateIfMissing}, i.e. the embedded default) a new
     * pair written into them, the private half readable by the owner only.
     */
    public static CheckpointSigningKey resolve(Path privateKeyFile, Path publicKeyFile, boolean generateIfMissing) {
        if (Files.exists(privateKeyFile)) {
            return load(privateKeyFile, publicKeyFile);
        }
        if (!generateIfMissing) {
            throw new IllegalStateException("No checkpoint signing key at " + privateKeyFile);
        }
        CheckpointSigningKey generated = generate();
        generated.writeInto(privateKeyFile, publicKeyFile);
        return generated;
    }

    public CheckpointVerifyingKey publicKey() {
        return publicKey;
    }

    public byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance(CheckpointVerifyingKey.ALGORITHM);
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a checkpoint with Ed25519", e);
        }
    }

    private void writeInto(Path privateKeyFile, Path publicKeyFile) {
        Path directory = privateKeyFile.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(privateKeyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(privateKeyFile);
            }
            Files.writeString(privateKeyFile, Base64.getEncoder().encodeToString(key.getEncoded()),
                    StandardCharsets.US_ASCII, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Files.writeString(publicKeyFile, publicKey.toBase64() + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Refusing to overwrite the checkpoint signing key " + privateKeyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the checkpoint signing key " + privateKeyFile, e);
        }
    }
}
