package fi.register.query.minimisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the identity-code guard after authentication, so an anonymous caller learns nothing from it. The bean
 * has the command side's name and the same condition, so the one-JVM register gets exactly one such filter.
 */
@Configuration(proxyBeanMethods = false)
class QueryMinimisationConfiguration {

    static final String FILTER_BEAN = "personalIdentityCodeFilter";

    @Bean(FILTER_BEAN)
    @ConditionalOnMissingBean(name = FILTER_BEAN)
    FilterRegistrationBean<PersonalIdentityCodeFilter> personalIdentityCodeFilter(ObjectMapper objectMapper) {
        FilterRegistrationBean<PersonalIdentityCodeFilter> registration =
                new FilterRegistrationBean<>(new PersonalIdentityCodeFilter(objectMapper));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
