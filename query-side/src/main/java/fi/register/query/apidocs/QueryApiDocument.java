package fi.register.query.apidocs;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The query side's endpoints as their own API document, beside the command side's in the one-JVM register. */
@Configuration(proxyBeanMethods = false)
class QueryApiDocument {

    @Bean
    GroupedOpenApi queryApi() {
        return GroupedOpenApi.builder().group("query-side").packagesToScan("fi.register.query").build();
    }
}
