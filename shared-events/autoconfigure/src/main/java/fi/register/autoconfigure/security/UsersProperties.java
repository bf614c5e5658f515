package fi.register.autoconfigure.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** The register's users. Passwords are Spring Security encoded values ({bcrypt}..., {noop} only for demo). */
@ConfigurationProperties("register.security")
public record UsersProperties(List<User> users) {

    public UsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String name, String password, List<Role> roles) {
    }
}
