package fi.register.autoconfigure.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * One handler of Spring MVC's refusals for the whole register. Before Spring MVC's own configuration, so Boot's
 * generic problem-details handler (which would answer {@code about:blank}) stays out.
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemDocumentAutoConfiguration {

    @Bean
    ProblemDocumentHandler problemDocumentHandler() {
        return new ProblemDocumentHandler();
    }

    /** First of Spring MVC's exception resolvers: a database out of reach is a 503 whichever handler met it. */
    @Bean
    WebMvcConfigurer storageUnavailableAnswers(ObjectMapper objectMapper) {
        return new WebMvcConfigurer() {
            @Override
            public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
                resolvers.add(0, new StorageUnavailableResolver(objectMapper));
            }
        };
    }

    /** Instead of Boot's error page and its JSON, which name the path and answer a direct request with a 500. */
    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }
}
