package fi.register.query.minimisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.guard.PersonalIdentityCodeScreen;
import fi.register.query.problem.QueryProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The privacy notice: personal identity codes are never collected, not even as a search term. The query
 * side only answers GET requests, so a code can only arrive in the path or the query string; both are
 * screened before a query can run or be logged. (Request bodies are the command side's filter's job; in
 * the one-JVM register both filters run.)
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
        if (!PersonalIdentityCodeScreen.inRequest(request.getRequestURI(), request.getQueryString(), null)) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Refused a query carrying a personal identity code: {}", request.getMethod());
        QueryProblem refusal = QueryProblem.PERSONAL_IDENTITY_CODE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(),
                "The request contains a Finnish personal identity code (henkilötunnus). The register never "
                        + "collects them, so it cannot be searched by one: remove it.");
        problem.setType(refusal.type());
        problem.setTitle(refusal.status().getReasonPhrase());
        response.setStatus(refusal.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
