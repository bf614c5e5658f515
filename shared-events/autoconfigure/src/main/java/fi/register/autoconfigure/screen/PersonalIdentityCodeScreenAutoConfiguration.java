package fi.register.autoconfigure.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Registers the identity-code screen on the API, after authentication (Spring Security's chain runs first), so an
 * anonymous caller learns nothing from it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PersonalIdentityCodeScreenAutoConfiguration {

    @Bean
    FilterRegistrationBean<PersonalIdentityCodeFilter> personalIdentityCodeFilter(ObjectMapper objectMapper) {
        FilterRegistrationBean<PersonalIdentityCodeFilter> registration =
                new FilterRegistrationBean<>(new PersonalIdentityCodeFilter(objectMapper));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
