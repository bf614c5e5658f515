package fi.register.query.mongo;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.time.Duration;

/** The gate on the views' reads while they catch up after a start, after authentication like the API's other filters. */
@Configuration(proxyBeanMethods = false)
class ViewsCatchingUpConfiguration {

    @Bean
    FilterRegistrationBean<ViewsCatchingUpGate> viewsCatchingUpGate(
            ViewsCaughtUp views, ObjectMapper objectMapper,
            @Value("${register.projections.catch-up-patience:PT5S}") Duration patience) {
        FilterRegistrationBean<ViewsCatchingUpGate> registration =
                new FilterRegistrationBean<>(new ViewsCatchingUpGate(views, patience, objectMapper));
        registration.addUrlPatterns("/api/*", "/console/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        return registration;
    }
}
