package fi.register.autoconfigure.security;

import org.springframework.core.env.Environment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outside the embedded default, every configured password is stored as a hash that resists offline guessing:
 * bcrypt at cost 10 or more, or Spring Security's argon2 or PBKDF2 encodings. A {@code {noop}} password, an unsalted
 * digest ({@code {sha256}}, {@code {MD5}}, ...) or a cheap bcrypt would turn a leaked settings file into the staff's
 * passwords, so the register refuses to start with one, naming the user, never the value.
 */
final class StrongPasswordHashes {

    static final int MINIMUM_BCRYPT_COST = 10;

    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");
    private static final List<String> STRONG_ENCODINGS = List.of("{argon2@SpringSecurity_v5_8}", "{argon2}",
            "{pbkdf2@SpringSecurity_v5_8}");

    private StrongPasswordHashes() {
    }

    static void requireOutsideEmbedded(UsersProperties properties, Environment environment) {
        if (DemoUsers.onlyEmbedded(environment)) {
            return;
        }
        for (UsersProperties.User user : properties.users()) {
            if (!isStrong(user.password())) {
                throw new IllegalStateException("User '" + user.name() + "' has a password that is not stored as a "
                        + "strong hash: outside the embedded default use {bcrypt} with cost " + MINIMUM_BCRYPT_COST
                        + " or more (or Spring Security's argon2 or pbkdf2 encodings).");
            }
        }
    }

    static boolean isStrong(String encoded) {
        if (encoded == null) {
            return false;
        }
        Matcher bcrypt = BCRYPT.matcher(encoded);
        if (bcrypt.matches()) {
            return Integer.parseInt(bcrypt.group(1)) >= MINIMUM_BCRYPT_COST;
        }
        return STRONG_ENCODINGS.stream().anyMatch(encoded::startsWith);
    }
}
