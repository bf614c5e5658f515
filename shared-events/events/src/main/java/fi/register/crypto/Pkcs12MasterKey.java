package fi.register.crypto;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.Arrays;

/**
 * The master key as a secret-key entry of a PKCS#12 keystore, the form a secrets store or an HSM export hands out.
 * Two entry kinds are read, the two {@code keytool} makes:
 * <ul>
 *   <li>an AES-256 key ({@code keytool -genseckey -storetype PKCS12 -keyalg AES -keysize 256}): its 32 bytes are the key;</li>
 *   <li>a stored password ({@code keytool -importpass}) holding the base64 of an existing master key, so a key already
 *       in use (a {@code master.key} file's content) moves into a keystore unchanged.</li>
 * </ul>
 * The entry is protected by the keystore's password (PKCS#12 uses one for both). Writing (rotation) replaces the whole
 * file atomically: a crash leaves the old keystore or the new one, never half of one.
 */
public final class Pkcs12MasterKey {

    public static final String DEFAULT_ALIAS = "register-master";
    private static final String TYPE = "PKCS12";

    private Pkcs12MasterKey() {
    }

    /** @throws IllegalStateException when the keystore, the password or the alias is wrong; never quoting key material */
    public static MasterKey load(Path store, char[] password, String alias) {
        Key key = entry(read(store, password), store, password, alias);
        if (key == null) {
            throw new IllegalStateException("The keystore " + store + " has no secret key under the alias " + alias);
        }
        byte[] encoded = key.getEncoded();
        try {
            if ("AES".equalsIgnoreCase(key.getAlgorithm())) {
                return MasterKey.of(encoded);
            }
            return MasterKey.fromBase64(new String(encoded, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage() + " (keystore " + store + ", alias " + alias + ")");
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    /** Whether the keystore exists and has an entry under the alias. */
    public static boolean holds(Path store, char[] password, String alias) {
        return Files.exists(store) && entry(read(store, password), store, password, alias) != null;
    }

    /**
     * A new AES-256 master key under {@code alias}, in the keystore (created, readable by the owner only, when missing).
     * Refuses an alias already taken: replacing a master key silently would leave every data key it wrapped unreadable.
     */
    public static MasterKey generateInto(Path store, char[] password, String alias) {
        KeyStore keys = Files.exists(store) ? read(store, password) : empty();
        if (entry(keys, store, password, alias) != null) {
            throw new IllegalStateException("Refusing to overwrite the master key under the alias " + alias + " in " + store);
        }
        MasterKey generated = MasterKey.generate();
        put(keys, alias, generated.secretKey(), password);
        write(keys, store, password);
        return generated;
    }

    /**
     * Moves the key under {@code from} to {@code to}, replacing what was there, in one atomic rewrite of the file: the
     * last step of a rotation, once every data key is wrapped by the new master. The old master is gone from this
     * file; copies elsewhere (backups of the keystore) are the operator's to destroy.
     */
    public static void promote(Path store, char[] password, String from, String to) {
        KeyStore keys = read(store, password);
        Key next = entry(keys, store, password, from);
        if (next == null) {
            throw new IllegalStateException("The keystore " + store + " has no secret key under the alias " + from);
        }
        try {
            keys.deleteEntry(to);
            keys.deleteEntry(from);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot change the keystore " + store, e);
        }
        put(keys, to, new SecretKeySpec(next.getEncoded(), next.getAlgorithm()), password);
        write(keys, store, password);
    }

    /**
     * The keystore's password: the value (from the environment) if set, else the first line of the file (a mounted
     * secret). Either, never both unset.
     */
    public static char[] password(String value, Path file) {
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        if (file == null) {
            throw new IllegalStateException("The master key's keystore needs a password: set register.crypto."
                    + "master-key-store-password or register.crypto.master-key-store-password-file");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return (end < 0 ? text : text.substring(0, end)).replace("\r", "").toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the keystore password file " + file, e);
        }
    }

    private static KeyStore read(Path store, char[] password) {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance(TYPE);
            keys.load(in, password);
            return keys;
        } catch (IOException e) {
            // a wrong password shows as an IOException whose cause is an UnrecoverableKeyException
            throw new IllegalStateException("Cannot open the master key's keystore " + store
                    + ": missing, not PKCS#12, or the password is wrong", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the master key's keystore " + store, e);
        }
    }

    private static Key entry(KeyStore keys, Path store, char[] password, String alias) {
        try {
            return keys.isKeyEntry(alias) ? keys.getKey(alias, password) : null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the entry " + alias + " of the keystore " + store
                    + ": its password is not the keystore's", e);
        }
    }

    private static KeyStore empty() {
        try {
            KeyStore keys = KeyStore.getInstance(TYPE);
            keys.load(null, null);
            return keys;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("This JVM has no PKCS#12 keystore", e);
        }
    }

    private static void put(KeyStore keys, String alias, SecretKey key, char[] password) {
        try {
            keys.setEntry(alias, new KeyStore.SecretKeyEntry(key), new KeyStore.PasswordProtection(password));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot store the master key under the alias " + alias, e);
        }
    }

    private static void write(KeyStore keys, Path store, char[] password) {
        Path absolute = store.toAbsolutePath();
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            keys.store(bytes, password);
            SecureFiles.createDirectories(absolute.getParent());
            Files.deleteIfExists(temp); // an interrupted earlier write
            SecureFiles.writeNew(temp, bytes.toByteArray());
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            SecureFiles.syncDirectory(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the master key's keystore " + absolute, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the master key's keystore " + absolute, e);
        }
    }
}
