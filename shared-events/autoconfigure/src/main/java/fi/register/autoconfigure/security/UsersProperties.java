package fi.register.autoconfigure.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * The register's users. Passwords are Spring Security encoded values ({bcrypt}..., {noop} only for demo, upgraded to
 * bcrypt on the first login).
 *
 * @param verifiedCredentialsTtl how long a password verified once is trusted again without re-running bcrypt, for the
 *                               same user, the same password and an unchanged stored hash (see VerifiedCredentials)
 */
@ConfigurationProperties("register.security")
public record UsersProperties(List<User> users, Duration verifiedCredentialsTtl, LoginThrottle loginThrottle) {

    public UsersProperties {
        loginThrottle = loginThrottle == null ? new LoginThrottle(null, null, null) : loginThrottle;
        users = users == null ? List.of() : List.copyOf(users);
        verifiedCredentialsTtl = verifiedCredentialsTtl == null ? Duration.ofMinutes(5) : verifiedCredentialsTtl;
        if (verifiedCredentialsTtl.isNegative()) {
            throw new IllegalArgumentException("register.security.verified-credentials-ttl must not be negative");
        }
    }

    public record User(String name, String password, List<Role> roles) {
    }

    /**
     * How repeated failed logins are slowed down (see FailedLogins).
     *
     * @param freeFailures failures in a row for one user name or source address before any wait (default 5)
     * @param firstDelay   the wait after the first failure beyond those; each further failure doubles it (default 1 s)
     * @param longestDelay the longest wait (default 15 minutes)
     */
    public record LoginThrottle(Integer freeFailures, Duration firstDelay, Duration longestDelay) {

        public LoginThrottle {
            freeFailures = freeFailures == null ? 5 : freeFailures;
            firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
            longestDelay = longestDelay == null ? Duration.ofMinutes(15) : longestDelay;
            if (freeFailures < 1 || firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("register.security.login-throttle: free-failures must be at least 1 "
                        + "and longest-delay at least first-delay");
            }
        }

        /** The wait after the n-th failure beyond the free ones (n = 1, 2, ...): doubling, capped. */
        Duration delayAfter(int beyondFree) {
            int doublings = Math.min(beyondFree - 1, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
        }
    }
}
