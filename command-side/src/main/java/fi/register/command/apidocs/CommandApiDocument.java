package fi.register.command.apidocs;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommandApiDocument {

    @Bean
    GroupedOpenApi commandApi() {
        return GroupedOpenApi.builder().group("command-side").packagesToScan("fi.register.command").build();
    }
}
