package fi.register.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Records every answer the API gives during a module's tests (method, path, status, problem type), outermost of all
 * filters so refusals by security and the identity-code screen are seen too. The API document is then checked
 * against what the endpoints really answered ({@link DocumentedAnswers}). Import it into a test's context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AnswerRecorder {

    /** One answer; {@code problemType} is null unless the answer was a problem document. */
    public record Answer(String method, String path, int status, String problemType) {
    }

    private static final Queue<Answer> ANSWERS = new ConcurrentLinkedQueue<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<Answer> answers() {
        return List.copyOf(ANSWERS);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> answerRecordingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !request.getRequestURI().startsWith("/api/");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String accept = request.getHeader("Accept");
                if (accept != null && accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE)) {
                    // a live stream must reach the client as it is written: recorded by its status, never buffered
                    try {
                        chain.doFilter(request, response);
                    } finally {
                        ANSWERS.add(new Answer(request.getMethod(), request.getRequestURI(), response.getStatus(), null));
                    }
                    return;
                }
                ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
                try {
                    chain.doFilter(request, recorded);
                } finally {
                    ANSWERS.add(new Answer(request.getMethod(), request.getRequestURI(), recorded.getStatus(),
                            problemType(recorded)));
                    recorded.copyBodyToResponse();
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static String problemType(ContentCachingResponseWrapper response) {
        String contentType = response.getContentType();
        if (contentType == null || !MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            return null;
        }
        try {
            JsonNode problem = JSON.readTree(response.getContentAsByteArray());
            return problem.path("type").asText(null);
        } catch (IOException e) {
            return "unreadable problem document";
        }
    }
}
