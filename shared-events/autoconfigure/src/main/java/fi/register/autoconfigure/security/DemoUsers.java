package fi.register.autoconfigure.security;

import org.springframework.core.env.Environment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Arrays;
import java.util.Set;

/**
 * The embedded default ships demo users whose password is their name. Anywhere else that would be
 * an open door, so a register that runs any other profile refuses to start with them.
 */
public final class DemoUsers {

    public static final String EMBEDDED_PROFILE = "embedded";
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private DemoUsers() {
    }

    /** Whether the register runs its embedded default and nothing else: the only place demo settings belong. */
    static boolean onlyEmbedded(Environment environment) {
        return profiles(environment).equals(Set.of(EMBEDDED_PROFILE));
    }

    static Set<String> profiles(Environment environment) {
        return Set.of(environment.getActiveProfiles().length > 0
                ? environment.getActiveProfiles() : environment.getDefaultProfiles());
    }

    static void refuseOutsideEmbedded(UsersProperties properties, Environment environment) {
        if (onlyEmbedded(environment)) {
            return;
        }
        Set<String> profiles = profiles(environment);
        boolean demoUserPresent = properties.users().stream().anyMatch(DemoUsers::isDemoUser);
        if (demoUserPresent) {
            throw new IllegalStateException("Demo users (password equal to the user name) are allowed only in the "
                    + "'embedded' profile; active profiles " + Arrays.toString(profiles.toArray())
                    + ". Configure register.security.users with real passwords.");
        }
    }

    private static boolean isDemoUser(UsersProperties.User user) {
        return user.password() != null && ENCODER.matches(user.name(), user.password());
    }
}
