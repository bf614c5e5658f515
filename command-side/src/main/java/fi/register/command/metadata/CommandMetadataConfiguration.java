package fi.register.command.metadata;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wires the actor and the correlation id from the HTTP request onto the commands it sends. */
@Configuration(proxyBeanMethods = false)
class CommandMetadataConfiguration {

    CommandMetadataConfiguration(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new ActorAndRequestInterceptor());
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
