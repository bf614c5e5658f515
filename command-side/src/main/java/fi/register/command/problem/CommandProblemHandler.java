package fi.register.command.problem;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns every refusal of the command side into an RFC 9457 problem document. Messages name the
 * field and the rule, never the value that was sent: the value may be personal data.
 */
@RestControllerAdvice(basePackages = "fi.register.command")
class CommandProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandProblemHandler.class);

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> refused(CommandExecutionException e) {
        Optional<Refusal> refusal = e instanceof CommandRefusedException refused
                ? Optional.of(refused.refusal())
                : e.getDetails().map(Object::toString).flatMap(CommandProblemHandler::refusalNamed);
        if (refusal.isEmpty()) {
            throw e;
        }
        return problem(refusal.get(), e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return problem(Refusal.SUBJECT_NOT_FOUND, "No customer with this id: check the id.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        // Security's access-denied handler writes the problem and logs the refusal.
        throw e;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return asObject(problem(Refusal.INVALID_FIELD, "Fix these fields: " + detail));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(@NonNull TypeMismatchException e, @NonNull HttpHeaders headers,
                                                        @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return asObject(problem(Refusal.INVALID_FIELD, "'" + e.getPropertyName() + "' has an invalid value"
                + (e.getRequiredType() == java.util.UUID.class ? ": expected a UUID." : ".")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return asObject(problem(Refusal.UNKNOWN_PROPERTY, "Unknown property '" + path(unknown)
                    + "': remove it. Only the documented fields are accepted."));
        }
        if (cause instanceof InvalidFormatException invalid) {
            String expected = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? " Expected one of " + List.of(invalid.getTargetType().getEnumConstants()) + "." : "";
            return asObject(problem(Refusal.INVALID_FIELD, "Property '" + path(invalid) + "' has an invalid value."
                    + expected));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return asObject(problem(Refusal.INVALID_FIELD, "Property '" + path(mismatched)
                    + "' has the wrong type or shape."));
        }
        return asObject(problem(Refusal.MALFORMED_BODY, "The body must be one well-formed JSON object."));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static Optional<Refusal> refusalNamed(String name) {
        try {
            return Optional.of(Refusal.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static ResponseEntity<ProblemDetail> problem(Refusal refusal, String detail) {
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
