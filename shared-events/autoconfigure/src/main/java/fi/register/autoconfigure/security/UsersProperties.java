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
public record UsersProperties(List<User> users, Duration verifiedCredentialsTtl) {

    public UsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
        verifiedCredentialsTtl = verifiedCredentialsTtl == null ? Duration.ofMinutes(5) : verifiedCredentialsTtl;
        if (verifiedCredentialsTtl.isNegative()) {
            throw new IllegalArgumentException("register.security.verified-credentials-ttl must not be negative");
        }
    }

    public record User(String name, String password, List<Role> roles) {
    }
}
