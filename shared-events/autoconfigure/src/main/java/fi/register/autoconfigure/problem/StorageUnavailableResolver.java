package fi.register.autoconfigure.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;

/**
 * Answers 503 {@code storage-unavailable} for any handler's failure caused by a database out of reach, before the
 * sides' own advice sees it (which would rethrow it as an unknown failure: a 500). Anything else passes on.
 */
final class StorageUnavailableResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(StorageUnavailableResolver.class);

    private final ObjectMapper objectMapper;

    StorageUnavailableResolver(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!StorageUnreachable.causes(failure) || response.isCommitted()) {
            return null;
        }
        // the class only: a driver's message can name the host, the user, or a statement's values
        log.warn("Answered 503: a database could not be reached ({})", failure.getClass().getSimpleName());
        try {
            ProblemDocuments.writeStorageUnavailable(objectMapper, response);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
