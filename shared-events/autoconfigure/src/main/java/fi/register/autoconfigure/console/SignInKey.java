package fi.register.autoconfigure.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that seals the console's sign-in cookie ({@code register.console.sign-in-key}, 32 bytes in Base64, from the
 * environment as {@code REGISTER_CONSOLE_SIGN_IN_KEY}, or in the file {@code register.console.sign-in-key-file}
 * names, as the compose files mount their secrets). Every instance of both sides behind one gateway must have the
 * same one. Without a setting, a key of this process's own: enough for the one-JVM register, whose sign-ins then end
 * with the process.
 */
final class SignInKey {

    private static final Logger log = LoggerFactory.getLogger(SignInKey.class);
    private static final int BYTES = 32;

    private SignInKey() {
    }

    /** The key in the setting, else in the file the other setting names (a mounted secret), else a random one. */
    static SecretKey from(String setting, String file) {
        if ((setting == null || setting.isBlank()) && file != null && !file.isBlank()) {
            try {
                return from(Files.readString(Path.of(file), StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new IllegalStateException("register.console.sign-in-key-file cannot be read");
            }
        }
        return from(setting);
    }

    static SecretKey from(String setting) {
        if (setting == null || setting.isBlank()) {
            log.info("register.console.sign-in-key is not set: console sign-ins are sealed with a key of this process"
                    + " and end with it; set one key for every instance behind a gateway");
            byte[] key = new byte[BYTES];
            new SecureRandom().nextBytes(key);
            return new SecretKeySpec(key, "AES");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(setting.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("register.console.sign-in-key is not Base64");
        }
        if (key.length != BYTES) {
            throw new IllegalStateException("register.console.sign-in-key must hold " + BYTES + " bytes, it holds "
                    + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
