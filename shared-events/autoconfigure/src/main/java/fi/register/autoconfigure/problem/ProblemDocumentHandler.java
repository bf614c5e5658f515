package fi.register.autoconfigure.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns what Spring MVC refuses before a handler runs (a body that is not the documented JSON, a missing or
 * mistyped parameter, a field that fails validation) into the register's problem documents, for both sides.
 * Messages name the field and the rule, never the value that was sent. Each side adds an advice of its own for
 * the refusals of its messages.
 */
@RestControllerAdvice
public class ProblemDocumentHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return asObject(ProblemDocuments.answer(Refusal.INVALID_FIELD, "Fix these fields: " + detail));
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
        return asObject(ProblemDocuments.answer(Refusal.INVALID_FIELD, "Fix these parameters: " + detail));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(@NonNull MissingServletRequestParameterException e,
                                                                          @NonNull HttpHeaders headers,
                                                                          @NonNull HttpStatusCode status,
                                                                          @NonNull WebRequest request) {
        return asObject(ProblemDocuments.answer(Refusal.INVALID_FIELD,
                "Parameter '" + e.getParameterName() + "' is required."));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(@NonNull TypeMismatchException e, @NonNull HttpHeaders headers,
                                                        @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        String name = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        return asObject(ProblemDocuments.answer(Refusal.INVALID_FIELD, "'" + name + "' has an invalid value"
                + (e.getRequiredType() != null ? ": expected a " + e.getRequiredType().getSimpleName() + "." : ".")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            // the unknown name itself is not repeated: it is whatever the client typed, personal data included
            String where = unknown.getPath().size() > 1
                    ? " in '" + path(unknown.getPath().subList(0, unknown.getPath().size() - 1)) + "'" : "";
            return asObject(ProblemDocuments.answer(Refusal.UNKNOWN_PROPERTY, "A property that is not documented was "
                    + "sent" + where + ": remove it. Accepted here: " + unknown.getKnownPropertyIds() + "."));
        }
        if (cause instanceof InvalidFormatException invalid) {
            String expected = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? " Expected one of " + List.of(invalid.getTargetType().getEnumConstants()) + "." : "";
            return asObject(ProblemDocuments.answer(Refusal.INVALID_FIELD, "Property '" + path(invalid)
                    + "' has an invalid value." + expected));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return asObject(ProblemDocuments.answer(Refusal.INVALID_FIELD, "Property '" + path(mismatched)
                    + "' has the wrong type or shape."));
        }
        return asObject(ProblemDocuments.answer(Refusal.MALFORMED_BODY, "The body must be one well-formed JSON object."));
    }

    private static String path(JsonMappingException e) {
        return path(e.getPath());
    }

    private static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** Spring's own detail names the path asked for. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(@NonNull NoResourceFoundException e,
                                                                    @NonNull HttpHeaders headers,
                                                                    @NonNull HttpStatusCode status,
                                                                    @NonNull WebRequest request) {
        return handleExceptionInternal(e, ProblemDocuments.occurrence(ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "Nothing here: see the API documents for the paths.")), headers, status, request);
    }

    /** Every other answer of Spring MVC's: its occurrence named, never its path. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, @NonNull HttpHeaders headers,
                                                          @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
            ProblemDocuments.occurrence(problem);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }
}
