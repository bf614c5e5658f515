package fi.register.autoconfigure.console;

import fi.register.autoconfigure.console.SealedSignIn.SignInTimes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The idle time of a sealed sign-in counts from the user's last request: a request after a tenth of it has passed
 * gets the cookie sealed again with the new time, before the page is written (a cookie cannot be set after).
 */
final class SignInKeptAlive extends OncePerRequestFilter {

    private final SealedSignIn signIn;

    SignInKeptAlive(SealedSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var context = SecurityContextHolder.getContextHolderStrategy().getContext();
        Authentication user = context.getAuthentication();
        if (user != null && user.getDetails() instanceof SignInTimes times && signIn.dueForResealing(times)) {
            signIn.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }
}
