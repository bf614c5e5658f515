package fi.register.command.apidocs;

import fi.register.autoconfigure.problem.Refusal;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class CommandApiDocument {

    /** What a POST with an Idempotency-Key can be refused for (fi.register.command.idempotency). */
    private static final List<Refusal> KEY_REFUSALS = List.of(Refusal.INVALID_IDEMPOTENCY_KEY,
            Refusal.IDEMPOTENCY_KEY_REUSED, Refusal.REQUEST_IN_PROGRESS);

    @Bean
    GroupedOpenApi commandApi() {
        return GroupedOpenApi.builder().group("command-side").packagesToScan("fi.register.command")
                .addOperationCustomizer((operation, handler) -> handler.hasMethodAnnotation(PostMapping.class)
                        ? takesAnIdempotencyKey(operation) : operation)
                .build();
    }

    /**
     * Adds the header and its refusals, merged into the responses the shared problem documentation wrote (which
     * runs first and knows nothing of the header).
     */
    private static Operation takesAnIdempotencyKey(Operation operation) {
        HeaderParameter key = new HeaderParameter();
        key.name("Idempotency-Key").required(false).description("Optional. The same user sending the same request "
                + "with the same key within register.idempotency.ttl (24 h) gets the first answer again (header "
                + "Idempotent-Replayed: true) and causes no second event; the same key with another request is "
                + "refused (422 idempotency-key-reused); while the first is still running, the second waits for it "
                + "(or gets 409 request-in-progress). 1 to 255 printable ASCII characters without blanks, else 400 "
                + "invalid-idempotency-key. Refusals are not remembered.");
        key.schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"));
        operation.addParametersItem(key);
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        for (Refusal refusal : KEY_REFUSALS) {
            String status = String.valueOf(refusal.status().value());
            ApiResponse existing = responses.get(status);
            if (existing != null && existing.getDescription() != null) {
                existing.setDescription(existing.getDescription() + ", `" + refusal.type() + "`");
            } else {
                responses.addApiResponse(status, new ApiResponse()
                        .description("A problem document (RFC 9457) of type `" + refusal.type() + "`")
                        .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
            }
        }
        operation.setResponses(responses);
        return operation;
    }
}
