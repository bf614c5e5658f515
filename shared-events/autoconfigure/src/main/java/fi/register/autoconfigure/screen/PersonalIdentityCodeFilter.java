package fi.register.autoconfigure.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.autoconfigure.problem.ProblemDocuments;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.guard.PersonalIdentityCodeScreen;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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

    /** Lets the rest of the chain read the body this filter already consumed. */
    private static final class ReplayedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        /** The body was screened as UTF-8 and is read as UTF-8, whatever the container would assume. */
        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
