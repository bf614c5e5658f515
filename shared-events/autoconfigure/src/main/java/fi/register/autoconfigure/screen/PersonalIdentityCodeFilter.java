package fi.register.autoconfigure.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.autoconfigure.problem.ProblemDocuments;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.guard.PersonalIdentityCodeScreen;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The privacy notice: personal identity codes are never collected, nor searched by. A request that carries one
 * anywhere (path, query, any JSON property name or value, even one the API doesn't know) is refused before
 * anything reads it further, so it can reach neither a command, a query nor a log. One screen for both sides:
 * in the one-JVM register each request is read and screened once.
 */
class PersonalIdentityCodeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PersonalIdentityCodeFilter.class);

    private final ObjectMapper objectMapper;

    PersonalIdentityCodeFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes();
        RequestText text;
        try {
            text = RequestText.of(request, body);
        } catch (RequestText.Unreadable unreadable) {
            log.info("Refused an unreadable request: {} ({})", request.getMethod(), unreadable.refusal());
            ProblemDocuments.write(objectMapper, response, unreadable.refusal(), unreadable.getMessage());
            return;
        }
        if (PersonalIdentityCodeScreen.inRequest(text.path(), text.query(), text.body())) {
            // neither the path nor the query: either may be where the code is
            log.info("Refused a request carrying a personal identity code: {}", request.getMethod());
            refuse(response);
            return;
        }
        chain.doFilter(new ReplayedBodyRequest(request, body), response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        ProblemDocuments.write(objectMapper, response, Refusal.PERSONAL_IDENTITY_CODE,
                "The request contains a Finnish personal identity code (henkilötunnus). The register never "
                        + "collects them, nor searches by one: remove it (for a FIRSTBEAT analysis record the date "
                        + "of birth only).");
    }
}
