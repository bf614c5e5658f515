package fi.register.autoconfigure.console;

import fi.register.autoconfigure.security.SettableClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;

import javax.crypto.spec.SecretKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The sealed sign-in: what one instance seals another opens, and nothing else opens. */
class SealedSignInTest {

    private static final Duration IDLE = Duration.ofMinutes(15);
    private static final Duration LIFETIME = Duration.ofHours(12);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final SealedSignIn commandSide = new SealedSignIn(key(1), clock, IDLE, LIFETIME);
    private final SealedSignIn querySide = new SealedSignIn(key(1), clock, IDLE, LIFETIME);

    @Test
    void opens_WhatAnotherInstanceWithTheSameKeySealed_withNameAndRoles() {
        Cookie cookie = signIn(querySide, "dpo", "ROLE_DPO");

        Authentication user = commandSide.open(requestWith(cookie)).orElseThrow();

        assertThat(user.getName()).isEqualTo("dpo");
        assertThat(AuthorityUtils.authorityListToSet(user.getAuthorities())).containsExactly("ROLE_DPO");
        assertThat(user.isAuthenticated()).isTrue();
    }

    @Test
    void keeps_NothingReadableInTheCookie() {
        Cookie cookie = signIn(querySide, "staff", "ROLE_STAFF");

        assertThat(new String(Base64.getUrlDecoder().decode(cookie.getValue()), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("staff").doesNotContain("ROLE");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");
        assertThat(cookie.getPath()).isEqualTo("/");
    }

    @Test
    void rejects_WhenSealedWithAnotherKey() {
        Cookie cookie = signIn(new SealedSignIn(key(2), clock, IDLE, LIFETIME), "staff", "ROLE_STAFF");

        assertThat(querySide.open(requestWith(cookie))).isEmpty();
    }

    @Test
    void rejects_WhenAnyByteOfTheCookieIsChanged() {
        Cookie cookie = signIn(querySide, "staff", "ROLE_STAFF");
        byte[] sealed = Base64.getUrlDecoder().decode(cookie.getValue());

        for (int i = 0; i < sealed.length; i++) {
            byte[] altered = sealed.clone();
            altered[i] ^= 0x01;
            Cookie forged = new Cookie(SealedSignIn.COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(altered));
            assertThat(querySide.open(requestWith(forged))).as("byte " + i).isEmpty();
        }
        assertThat(querySide.open(requestWith(new Cookie(SealedSignIn.COOKIE, "not base64 at all!")))).isEmpty();
        assertThat(querySide.open(requestWith(new Cookie(SealedSignIn.COOKIE, "")))).isEmpty();
    }

    @Test
    void rejects_WhenIdleLongerThanTheIdleTime_butKeepsAUserWhoWorks() {
        Cookie cookie = signIn(querySide, "staff", "ROLE_STAFF");

        clock.advance(IDLE.minusSeconds(1));
        Authentication working = querySide.open(requestWith(cookie)).orElseThrow();
        assertThat(querySide.dueForResealing((SealedSignIn.SignInTimes) working.getDetails())).isTrue();
        Cookie resealed = save(querySide, working);
        clock.advance(IDLE.minusSeconds(1));
        assertThat(querySide.open(requestWith(resealed))).isPresent();

        assertThat(querySide.open(requestWith(cookie))).as("the cookie not resealed").isEmpty();
    }

    @Test
    void rejects_WhenTheLifetimeHasPassed_howeverActiveTheUser() {
        Instant signedIn = clock.instant();
        Cookie cookie = signIn(querySide, "staff", "ROLE_STAFF");
        Optional<Authentication> user = querySide.open(requestWith(cookie));

        // a request every ten minutes, each resealing the cookie, until the sign-in no longer opens
        while (user.isPresent()) {
            cookie = save(querySide, user.get());
            clock.advance(Duration.ofMinutes(10));
            user = querySide.open(requestWith(cookie));
        }

        assertThat(Duration.between(signedIn, clock.instant())).isGreaterThan(LIFETIME)
                .isLessThanOrEqualTo(LIFETIME.plusMinutes(10));
    }

    @Test
    void signingOut_deletesTheCookie() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        querySide.saveContext(new SecurityContextImpl(), new MockHttpServletRequest(), response);

        Cookie deleted = response.getCookie(SealedSignIn.COOKIE);
        assertThat(deleted).isNotNull();
        assertThat(deleted.getMaxAge()).isZero();
        assertThat(deleted.getValue()).isEmpty();
    }

    private Cookie signIn(SealedSignIn signIn, String name, String role) {
        return save(signIn, UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList(role)));
    }

    private static Cookie save(SealedSignIn signIn, Authentication user) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        signIn.saveContext(new SecurityContextImpl(user), new MockHttpServletRequest(), response);
        return response.getCookie(SealedSignIn.COOKIE);
    }

    private static MockHttpServletRequest requestWith(Cookie cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(cookie);
        return request;
    }

    private static SecretKeySpec key(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return new SecretKeySpec(key, "AES");
    }
}
