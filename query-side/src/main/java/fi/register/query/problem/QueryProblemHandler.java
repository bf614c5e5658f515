package fi.register.query.problem;

import org.axonframework.messaging.HandlerExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Turns every refusal of the query side into an RFC 9457 problem document. Messages name the parameter and the
 * rule, never the value that was sent: the value may be personal data (an e-mail address, say).
 */
@RestControllerAdvice(basePackages = "fi.register.query")
class QueryProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(QueryProblemHandler.class);

    /** The query gateway hands a refusal back wrapped, locally in a CompletionException, remotely with details only. */
    @ExceptionHandler({CompletionException.class, HandlerExecutionException.class})
    ResponseEntity<ProblemDetail> refused(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryRefusedException refused) {
                return problem(refused.problem(), refused.getMessage());
            }
            if (cause instanceof HandlerExecutionException remote) {
                Optional<QueryProblem> named = remote.getDetails().map(Object::toString).flatMap(QueryProblemHandler::problemNamed);
                if (named.isPresent()) {
                    return problem(named.get(), remote.getMessage());
                }
            }
        }
        throw e;
    }

    /** A refusal thrown by a controller itself, not through the query gateway. */
    @ExceptionHandler(QueryRefusedException.class)
    ResponseEntity<ProblemDetail> refusedHere(QueryRefusedException e) {
        return problem(e.problem(), e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(@NonNull MissingServletRequestParameterException e,
                                                                          @NonNull HttpHeaders headers,
                                                                          @NonNull HttpStatusCode status,
                                                                          @NonNull WebRequest request) {
        return asObject(problem(QueryProblem.INVALID_FIELD, "Parameter '" + e.getParameterName() + "' is required."));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(@NonNull TypeMismatchException e, @NonNull HttpHeaders headers,
                                                        @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        String name = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        return asObject(problem(QueryProblem.INVALID_FIELD, "'" + name + "' has an invalid value"
                + (e.getRequiredType() != null ? ": expected a " + e.getRequiredType().getSimpleName() + "." : ".")));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(@NonNull HandlerMethodValidationException e,
                                                                            @NonNull HttpHeaders headers,
                                                                            @NonNull HttpStatusCode status,
                                                                            @NonNull WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
                .sorted()
                .collect(Collectors.joining("; "));
        return asObject(problem(QueryProblem.INVALID_FIELD, "Fix these parameters: " + detail));
    }

    private static Optional<QueryProblem> problemNamed(String name) {
        try {
            return Optional.of(QueryProblem.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static ResponseEntity<ProblemDetail> problem(QueryProblem refusal, String detail) {
        log.info("Refused a request: {}", refusal);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), detail);
        problem.setType(refusal.type());
        problem.setTitle(refusal.status().getReasonPhrase());
        return ResponseEntity.status(refusal.status()).body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }
}
