package fi.register.command.minimisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the identity-code guard after authentication, so an anonymous caller learns nothing from it.
 * Named apart from the query side's filter: in the one-JVM register both run.
 */
@Configuration(proxyBeanMethods = false)
class MinimisationConfiguration {

    @Bean
    FilterRegistrationBean<PersonalIdentityCodeFilter> commandPersonalIdentityCodeFilter(ObjectMapper objectMapper) {
        FilterRegistrationBean<PersonalIdentityCodeFilter> registration =
                new FilterRegistrationBean<>(new PersonalIdentityCodeFilter(objectMapper));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
