package fi.register.autoconfigure.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedCredentialsTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    /** bcrypt at its lowest cost, counting how often a password is really checked. */
    private final AtomicInteger hashChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4) {
        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashChecks.incrementAndGet();
            return super.matches(raw, encoded);
        }
    };
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-06-01T08:00:00Z"));
    private VerifiedCredentials credentials;

    @BeforeEach
    void staffUser() {
        users.createUser(User.withUsername("staff").password(bcrypt.encode("correct horse")).roles("STAFF").build());
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(bcrypt);
        credentials = new VerifiedCredentials(passwordCheck, users, clock, TTL);
    }

    private Authentication login(String password) {
        return credentials.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("staff", password));
    }

    @Test
    void checksTheStoredHashOnce_WhenTheSamePasswordComesAgain() {
        for (int i = 0; i < 5; i++) {
            Authentication result = login("correct horse");
            assertThat(result.isAuthenticated()).isTrue();
            assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_STAFF");
        }
        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void rejects_WhenAnotherPasswordComesAfterAVerifiedOne_AndChecksItAgainstTheHash() {
        login("correct horse");

        assertThatThrownBy(() -> login("correct horse ")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(hashChecks).as("every other password goes to bcrypt").hasValue(3);
    }

    @Test
    void forgetsTheUser_WhenThePasswordChanges() {
        login("correct horse");
        users.updateUser(User.withUsername("staff").password(bcrypt.encode("battery staple")).roles("STAFF").build());

        assertThatThrownBy(() -> login("correct horse")).isInstanceOf(BadCredentialsException.class);
        assertThat(login("battery staple").isAuthenticated()).isTrue();
    }

    @Test
    void rejects_WhenTheAccountWasDisabledAfterItsPasswordWasVerified() {
        login("correct horse");
        String hash = users.loadUserByUsername("staff").getPassword();
        users.updateUser(User.withUsername("staff").password(hash).roles("STAFF").disabled(true).build());

        assertThatThrownBy(() -> login("correct horse")).isInstanceOf(DisabledException.class);
    }

    @Test
    void checksTheHashAgain_WhenTheTimeToLiveHasPassed() {
        login("correct horse");
        clock.advance(TTL.minusSeconds(1));
        login("correct horse");
        assertThat(hashChecks).hasValue(1);

        clock.advance(java.time.Duration.ofSeconds(1));
        login("correct horse");
        assertThat(hashChecks).hasValue(2);
    }
}
