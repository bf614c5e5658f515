package fi.register.autoconfigure.openapi;

import fi.register.autoconfigure.problem.Refusal;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import java.util.Arrays;

/**
 * What both sides' API documents say alike: the register's name and version, HTTP Basic on every operation, the
 * problem document's shape with every problem type the register answers, and each operation's problems.
 */
@AutoConfiguration
@ConditionalOnClass(GroupedOpenApi.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiDocumentationAutoConfiguration {

    static final String BASIC = "basic";

    @Bean
    OpenAPI registerOpenApi(@Value("${register.version:unknown}") String version) {
        return new OpenAPI()
                .info(new Info().title("Register").version(version)
                        .description("The personal-data register of a wellness and psychotherapy clinic: every change "
                                + "is a command checked against the privacy notice, every refusal a problem document."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSchemas(ProblemResponses.PROBLEM_SCHEMA, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    GlobalOperationCustomizer problemResponses() {
        return new ProblemResponses();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static ObjectSchema problemSchema() {
        StringSchema type = new StringSchema();
        type.setEnum(Arrays.stream(Refusal.values()).map(refusal -> refusal.type().toString()).toList());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details. The detail says what to fix and never repeats the value sent.");
        problem.addProperty("type", type.description("Stable: clients may branch on it"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        return problem;
    }
}
