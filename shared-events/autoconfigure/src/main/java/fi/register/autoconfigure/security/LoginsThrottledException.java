package fi.register.autoconfigure.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed logins in a row for this user name or source address: try again after {@link #retryAfter()}. */
public final class LoginsThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginsThrottledException(Duration retryAfter) {
        super("Too many failed logins in a row");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
