package fi.register.command.metadata;

import fi.register.events.EventMetadata;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Carries who acted and which request it was from each command onto every event it causes.
 * (The legal basis is the aggregate's decision and is attached where the event is applied.)
 * Replaces Axon's default origin provider, which would overwrite the request's correlation id
 * with the command's message id.
 */
@Configuration(proxyBeanMethods = false)
class EventMetadataConfiguration {

    @Bean
    CorrelationDataProvider actorAndRequestProvider() {
        return new SimpleCorrelationDataProvider(EventMetadata.ACTOR, EventMetadata.CORRELATION_ID);
    }
}
