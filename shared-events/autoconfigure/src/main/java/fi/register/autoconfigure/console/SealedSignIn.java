package fi.register.autoconfigure.console;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Where the console keeps who is signed in: a cookie sealed (AES-GCM) with a key every instance of both sides shares,
 * instead of the memory of the instance that signed the user in. So a browser signed in through the gateway is signed
 * in on the query side's pages and on the command side's forms alike, on any instance (docs/architecture.md,
 * "Console sign-in across the sides"). The cookie holds the user's name, roles and two times, never anything of a
 * customer; what a side keeps for a user's pages (search terms, filters, the CSRF token) stays in that side's own
 * session, in memory.
 * <p>
 * A sign-in ends after {@code idle} without a request (the sliding part: {@link SignInKeptAlive} reseals the cookie
 * as the user works), and after {@code lifetime} whatever the activity. Signing out deletes the cookie in the browser;
 * a copy taken before stays valid until one of those times ends, which is what a server-side session would not allow,
 * and why both are short.
 */
final class SealedSignIn implements SecurityContextRepository {

    static final String COOKIE = "REGISTER_SIGN_IN";
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ASSOCIATED = COOKIE.getBytes(StandardCharsets.US_ASCII);

    private final SecretKey key;
    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    SealedSignIn(SecretKey key, Clock clock, Duration idle, Duration lifetime) {
        this.key = key;
        this.clock = clock;
        this.idle = idle;
        this.lifetime = lifetime;
    }

    /** When the sign-in began and when its cookie was last sealed: the two times it ends by. */
    record SignInTimes(Instant signedInAt, Instant sealedAt) {
    }

    @Override
    @SuppressWarnings("deprecation") // the interface still requires it; Spring Security calls loadDeferredContext
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return open(holder.getRequest()).map(SecurityContextImpl::new).orElseGet(SecurityContextImpl::new);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return open(request).isPresent();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        Authentication user = context.getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            write(response, request, "", 0);
            return;
        }
        Instant now = clock.instant();
        Instant signedInAt = user.getDetails() instanceof SignInTimes times ? times.signedInAt() : now;
        write(response, request, seal(user.getName(), roles(user), signedInAt, now),
                (int) Duration.between(now, signedInAt.plus(lifetime)).toSeconds());
    }

    /** The sign-in in the request's cookie, if it opens with this key and neither of its times has run out. */
    Optional<Authentication> open(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> unseal(cookie.getValue())).flatMap(Optional::stream).findFirst();
    }

    /** Whether the cookie should be sealed again now, so that the idle time counts from this request. */
    boolean dueForResealing(SignInTimes times) {
        return clock.instant().isAfter(times.sealedAt().plus(idle.dividedBy(10)));
    }

    private String seal(String name, List<String> roles, Instant signedInAt, Instant sealedAt) {
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(plain)) {
                out.writeUTF(name);
                out.writeByte(roles.size());
                for (String role : roles) {
                    out.writeUTF(role);
                }
                out.writeLong(signedInAt.getEpochSecond());
                out.writeLong(sealedAt.getEpochSecond());
            }
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ASSOCIATED);
            byte[] sealed = cipher.doFinal(plain.toByteArray());
            byte[] value = new byte[1 + NONCE_BYTES + sealed.length];
            value[0] = FORMAT;
            System.arraycopy(nonce, 0, value, 1, NONCE_BYTES);
            System.arraycopy(sealed, 0, value, 1 + NONCE_BYTES, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The console's sign-in could not be sealed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty for anything forged, altered, sealed with another key, of another format, or run out. */
    private Optional<Authentication> unseal(String value) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value);
            if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != FORMAT) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 1, NONCE_BYTES));
            cipher.updateAAD(ASSOCIATED);
            byte[] plain = cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
                String name = in.readUTF();
                List<GrantedAuthority> roles = new ArrayList<>();
                for (int i = in.readUnsignedByte(); i > 0; i--) {
                    roles.add(new SimpleGrantedAuthority(in.readUTF()));
                }
                SignInTimes times = new SignInTimes(Instant.ofEpochSecond(in.readLong()),
                        Instant.ofEpochSecond(in.readLong()));
                Instant now = clock.instant();
                if (now.isAfter(times.sealedAt().plus(idle)) || now.isAfter(times.signedInAt().plus(lifetime))
                        || times.sealedAt().isAfter(now.plus(idle))) {
                    return Optional.empty();
                }
                UsernamePasswordAuthenticationToken user = UsernamePasswordAuthenticationToken.authenticated(name,
                        null, roles);
                user.setDetails(times);
                return Optional.of(user);
            }
        } catch (IllegalArgumentException | GeneralSecurityException | IOException notOurs) {
            return Optional.empty();
        }
    }

    private static List<String> roles(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        // behind a gateway that ends TLS, the forwarded protocol makes the request secure (forward-headers-strategy)
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        cookie.setMaxAge(Math.max(maxAge, 0));
        response.addCookie(cookie);
    }
}
