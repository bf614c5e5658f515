package fi.register.query.problem;

import fi.register.autoconfigure.problem.ProblemDocuments;
import fi.register.autoconfigure.problem.Refusal;
import org.axonframework.messaging.HandlerExecutionException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The query side's refusals as problem documents: an unknown or erased subject, an order without a confirmation.
 * What Spring MVC refuses before a handler runs is the shared handler's.
 */
@RestControllerAdvice(basePackages = "fi.register.query")
class QueryRefusalHandler {

    /** The query gateway hands a refusal back wrapped, locally in a CompletionException, remotely with details only. */
    @ExceptionHandler({CompletionException.class, HandlerExecutionException.class})
    ResponseEntity<ProblemDetail> refused(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryRefusedException refused) {
                return ProblemDocuments.answer(refused.refusal(), refused.getMessage());
            }
            if (cause instanceof HandlerExecutionException remote) {
                Optional<Refusal> named = remote.getDetails().map(Object::toString).flatMap(Refusal::named);
                if (named.isPresent()) {
                    return ProblemDocuments.answer(named.get(), remote.getMessage());
                }
            }
        }
        throw e;
    }

    /** A refusal thrown by a controller itself, not through the query gateway. */
    @ExceptionHandler(QueryRefusedException.class)
    ResponseEntity<ProblemDetail> refusedHere(QueryRefusedException e) {
        return ProblemDocuments.answer(e.refusal(), e.getMessage());
    }
}
