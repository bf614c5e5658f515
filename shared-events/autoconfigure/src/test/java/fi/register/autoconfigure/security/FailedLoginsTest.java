package fi.register.autoconfigure.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class FailedLoginsTest {

    private static final String PASSWORD = "correct horse";
    private static final String WRONG = "Tr0ub4dor&3-guess";

    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-06-01T08:00:00Z"));
    private FailedLogins logins;

    @BeforeEach
    void staffUser() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        users.createUser(User.withUsername("staff").password(bcrypt.encode(PASSWORD)).roles("STAFF").build());
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(bcrypt);
        logins = new FailedLogins(passwordCheck, users, clock,
                new UsersProperties.LoginThrottle(3, Duration.ofSeconds(1), Duration.ofSeconds(8)));
    }

    private Authentication login(String user, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return logins.authenticate(token);
    }

    private void failsAsWrong(String user, String address) {
        assertThatThrownBy(() -> login(user, WRONG, address)).isInstanceOf(BadCredentialsException.class);
    }

    private void isThrottledFor(String user, String address, Duration wait) {
        assertThatThrownBy(() -> login(user, PASSWORD, address)).isInstanceOfSatisfying(LoginsThrottledException.class,
                throttled -> assertThat(throttled.retryAfter()).isEqualTo(wait));
    }

    @Test
    void rejects_WhenTheFreeFailuresAreUsedUp_EvenTheRightPassword_UntilTheWaitHasPassed() {
        for (int i = 0; i < 3; i++) {
            failsAsWrong("staff", "10.0.0.1");
        }
        isThrottledFor("staff", "10.0.0.1", Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(login("staff", PASSWORD, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void rejects_WithAWaitThatDoublesWithEachFurtherFailure_UpToTheLongest() {
        for (int i = 0; i < 3; i++) {
            failsAsWrong("staff", "10.0.0.1");
        }
        for (long expected : new long[]{1, 2, 4, 8, 8}) {
            isThrottledFor("staff", "10.0.0.1", Duration.ofSeconds(expected));
            clock.advance(Duration.ofSeconds(expected));
            failsAsWrong("staff", "10.0.0.1");
        }
    }

    @Test
    void rejects_AnotherUserFromTheSameAddress_AndTheSameUserFromAnotherAddress() {
        for (int i = 0; i < 3; i++) {
            failsAsWrong("staff", "10.0.0.1");
        }
        isThrottledFor("somebody", "10.0.0.1", Duration.ofSeconds(1));
        isThrottledFor("staff", "10.0.0.2", Duration.ofSeconds(1));
    }

    @Test
    void keeps_TheCountAtZero_AfterASuccess() {
        failsAsWrong("staff", "10.0.0.1");
        failsAsWrong("staff", "10.0.0.1");
        assertThat(login("staff", PASSWORD, "10.0.0.1").isAuthenticated()).isTrue();
        failsAsWrong("staff", "10.0.0.1");
        failsAsWrong("staff", "10.0.0.1");
        assertThat(login("staff", PASSWORD, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void logs_EachFailure_WithTheKnownUserAndAddress_NeverThePasswordNorAnUnknownName(CapturedOutput output) {
        failsAsWrong("staff", "10.0.0.1");
        failsAsWrong("maija.meikalainen", "10.0.0.1");
        assertThat(output.getOut()).contains("Failed login: user 'staff' from 10.0.0.1")
                .contains("Failed login: an unknown user name from 10.0.0.1")
                .doesNotContain(WRONG).doesNotContain("maija.meikalainen");
    }
}
