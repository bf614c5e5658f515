package fi.register.autoconfigure.openapi;

import fi.register.autoconfigure.problem.Refusal;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Adds to every API operation the problem documents it can answer, one response per status, each naming its problem
 * types. Every endpoint answers 401 without credentials, 403 to a role it does not serve, and 400 to a personal
 * identity code anywhere in the request; one with a body also to a body that is not its JSON; one with a parameter to
 * a parameter of the wrong shape; one about a subject 404 and 410. {@link Refuses} adds the endpoint's own.
 */
class ProblemResponses implements GlobalOperationCustomizer {

    static final String PROBLEM_SCHEMA = "Problem";
    /** The path variable that names the data subject: an endpoint with it answers for a subject that may be unknown or erased. */
    private static final String SUBJECT = "customerId";
    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Map<Integer, Set<Refusal>> byStatus = new TreeMap<>();
        for (Refusal refusal : refusalsOf(handler)) {
            byStatus.computeIfAbsent(refusal.status().value(), status -> EnumSet.noneOf(Refusal.class)).add(refusal);
        }
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        byStatus.forEach((status, refusals) -> responses.addApiResponse(String.valueOf(status), response(refusals)));
        operation.setResponses(responses);
        return operation;
    }

    static Set<Refusal> refusalsOf(HandlerMethod handler) {
        // the screen's refusals apply to every request: it reads the URL of each and the body of any
        Set<Refusal> refusals = EnumSet.of(Refusal.UNAUTHENTICATED, Refusal.TOO_MANY_FAILED_LOGINS, Refusal.FORBIDDEN,
                Refusal.PERSONAL_IDENTITY_CODE, Refusal.MALFORMED_URL, Refusal.NOT_UTF8);
        if (handler.hasMethodAnnotation(Refuses.class)) {
            refusals.addAll(Arrays.asList(handler.getMethodAnnotation(Refuses.class).value()));
        }
        boolean hasBody = Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        boolean hasParameters = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(RequestParam.class));
        boolean aboutASubject = Arrays.stream(handler.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(PathVariable.class))
                .anyMatch(ProblemResponses::namesTheSubject);
        if (hasBody) {
            refusals.addAll(EnumSet.of(Refusal.MALFORMED_BODY, Refusal.UNKNOWN_PROPERTY, Refusal.INVALID_FIELD,
                    Refusal.UNSUPPORTED_CHARSET, Refusal.UNSUPPORTED_MEDIA_TYPE));
        }
        if (hasParameters) {
            refusals.add(Refusal.INVALID_FIELD);
        }
        if (aboutASubject) {
            refusals.addAll(EnumSet.of(Refusal.SUBJECT_NOT_FOUND, Refusal.SUBJECT_ERASED));
        }
        return refusals;
    }

    private static boolean namesTheSubject(MethodParameter parameter) {
        parameter.initParameterNameDiscovery(PARAMETER_NAMES);
        return SUBJECT.equals(parameter.getParameterName());
    }

    private static ApiResponse response(Set<Refusal> refusals) {
        String types = refusals.stream().map(refusal -> "`" + refusal.type() + "`").collect(Collectors.joining(", "));
        return new ApiResponse()
                .description("A problem document (RFC 9457) of type " + types)
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
    }
}
