package fi.register.autoconfigure.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Verifies a user's password with the strong, deliberately slow stored hash (bcrypt) once, then trusts the same
 * user, password and stored hash for a short while without running it again: HTTP Basic sends the password with
 * every request, and re-running bcrypt for each cost tens of milliseconds of CPU per request.
 * <p>
 * What is remembered is the user name, an HMAC of the password under a key that exists only in this process's
 * memory (never the password), the stored hash it was verified against, and when. A presented password whose HMAC
 * differs goes to bcrypt as always, so the memory gives a guesser no shortcut. A changed password (a new stored
 * hash), a disabled or locked account, or an entry older than the time to live is verified anew.
 */
final class VerifiedCredentials implements AuthenticationProvider {

    private record Verified(byte[] passwordMac, String storedHash, Instant at) {
    }

    private final AuthenticationProvider passwordCheck;
    private final UserDetailsService users;
    private final Clock clock;
    private final Duration timeToLive;
    private final SecretKeySpec macKey;
    private final Cache<String, Verified> verified = Caffeine.newBuilder().maximumSize(10_000).build();

    VerifiedCredentials(AuthenticationProvider passwordCheck, UserDetailsService users, Clock clock, Duration timeToLive) {
        this.passwordCheck = passwordCheck;
        this.users = users;
        this.clock = clock;
        this.timeToLive = timeToLive;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.macKey = new SecretKeySpec(key, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication presented) throws AuthenticationException {
        String name = presented.getName();
        byte[] passwordMac = mac(String.valueOf(presented.getCredentials()));
        Verified before = verified.getIfPresent(name);
        if (before != null && MessageDigest.isEqual(before.passwordMac(), passwordMac)
                && clock.instant().isBefore(before.at().plus(timeToLive))) {
            UserDetails user = users.loadUserByUsername(name);
            if (before.storedHash().equals(user.getPassword()) && usable(user)) {
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
        }
        verified.invalidate(name);
        Authentication result = passwordCheck.authenticate(presented);
        // the checked user as stored now: a first login may just have upgraded its hash (a demo {noop} to bcrypt)
        if (result.getPrincipal() instanceof UserDetails checked && checked.getPassword() != null) {
            verified.put(name, new Verified(passwordMac, checked.getPassword(), clock.instant()));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    private static boolean usable(UserDetails user) {
        return user.isEnabled() && user.isAccountNonLocked() && user.isAccountNonExpired() && user.isCredentialsNonExpired();
    }

    private byte[] mac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
