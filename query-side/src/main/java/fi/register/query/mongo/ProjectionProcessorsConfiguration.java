package fi.register.query.mongo;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Every projection's processor tracks the event store and saves its position only after the batch was handled.
 * <p>
 * Axon's default saves the token first, trusting the token and the view to commit in one transaction. MongoDB is no
 * part of that transaction, so a process killed between the two would have recorded events as applied that never
 * reached the view, and the view would lack them for good (seen under {@code kill -9}: KillDashNineTest). Saved
 * after, a killed batch is handled again on restart, which the views' idempotent writes allow.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessorsConfiguration {

    /** Events handled per batch, and so per saved token: one token write for many events keeps the views close. */
    static final int BATCH_SIZE = 50;

    @Autowired
    void storeTokensAfterProcessing(EventProcessingConfigurer processing, ProjectionProgress progress) {
        processing.registerEventProcessorFactory((name, config, handlers) -> TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(handlers)
                .messageSource(config.eventStore())
                .tokenStore(config.getComponent(TokenStore.class))
                .transactionManager(config.getComponent(TransactionManager.class))
                .errorHandler(config.eventProcessingConfiguration().errorHandler(name))
                .messageMonitor(config.messageMonitor(TrackingEventProcessor.class, name))
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(BATCH_SIZE)
                        .andEventTrackerStatusChangeListener(segments -> progress.changed(name, segments)))
                .storingTokensAfterProcessing()
                .build());
    }
}
