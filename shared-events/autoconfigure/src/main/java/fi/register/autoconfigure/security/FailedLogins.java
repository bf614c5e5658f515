package fi.register.autoconfigure.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing and leaves a trail of it: every failed login is logged (the user name if it is one of
 * the register's users, the source address, how many failures in a row; never the password, and never an unknown name,
 * which may be a password typed into the wrong field), and after {@code free} failures in a row for a user name or a
 * source address, each further attempt from it must wait twice as long as the one before, up to {@code longest}.
 * While it waits, attempts are refused unchecked ({@link LoginsThrottledException}: 429 with Retry-After). A success
 * clears the user's and the address's count. Counts live in memory, bounded in size, per process.
 */
final class FailedLogins implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(FailedLogins.class);

    private record Failures(int inARow, Instant last) {
    }

    private final AuthenticationProvider passwordCheck;
    private final UserDetailsService users;
    private final Clock clock;
    private final UsersProperties.LoginThrottle settings;
    private final Cache<String, Failures> failures;

    FailedLogins(AuthenticationProvider passwordCheck, UserDetailsService users, Clock clock,
                 UsersProperties.LoginThrottle settings) {
        this.passwordCheck = passwordCheck;
        this.users = users;
        this.clock = clock;
        this.settings = settings;
        // an attacker spraying names or addresses fills a bounded map, never the heap
        this.failures = Caffeine.newBuilder().maximumSize(100_000).build();
    }

    @Override
    public Authentication authenticate(Authentication presented) throws AuthenticationException {
        String user = "user:" + presented.getName();
        String address = "address:" + addressOf(presented);
        Duration wait = max(waitFor(user), waitFor(address));
        if (!wait.isZero()) {
            throw new LoginsThrottledException(wait);
        }
        try {
            Authentication authenticated = passwordCheck.authenticate(presented);
            failures.invalidate(user);
            failures.invalidate(address);
            return authenticated;
        } catch (BadCredentialsException | UsernameNotFoundException failed) {
            int forUser = fail(user);
            int fromAddress = fail(address);
            log.warn("Failed login: {} from {}, {} failures in a row for the user name, {} from the address",
                    loggableName(presented.getName()), addressOf(presented), forUser, fromAddress);
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    private Duration waitFor(String key) {
        Failures recorded = failures.getIfPresent(key);
        if (recorded == null || recorded.inARow() < settings.freeFailures()) {
            return Duration.ZERO;
        }
        Duration delay = settings.delayAfter(recorded.inARow() - settings.freeFailures() + 1);
        Duration waited = Duration.between(recorded.last(), clock.instant());
        return waited.compareTo(delay) >= 0 ? Duration.ZERO : delay.minus(waited);
    }

    private int fail(String key) {
        Failures now = failures.asMap().merge(key, new Failures(1, clock.instant()),
                (before, one) -> new Failures(before.inARow() + 1, one.last()));
        return now.inARow();
    }

    private String loggableName(String name) {
        try {
            users.loadUserByUsername(name);
            return "user '" + name + "'";
        } catch (UsernameNotFoundException unknown) {
            return "an unknown user name";
        }
    }

    private static String addressOf(Authentication presented) {
        return presented.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "an unknown address";
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
