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

    /**
     * Events handled per batch at most, and so per saved token and bulk write: a processor takes what is there up to
     * this, it never waits for a batch to fill. Bounded well below what a slow machine handles in Axon's 60 s unit of
     * work timeout, whose interrupt would break the batch (and can close the event store's file channel).
     */
    static final int BATCH_SIZE = 250;

    @Autowired
    void storeTokensAfterProcessing(EventProcessingConfigurer processing, ProjectionProgress progress) {
        processing.registerEventProcessorFactory((name, config, handlers) -> withBatchedWrites(TrackingEventProcessor.builder()
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
                .build()));
    }

    /**
     * Registered after the processor's own interceptor, which arranges the token's saving at commit: the held writes
     * go out when the batch's last event is handled, before that commit.
     */
    private static TrackingEventProcessor withBatchedWrites(TrackingEventProcessor processor) {
        processor.registerHandlerInterceptor(BatchedWrites.interceptor());
        return processor;
    }
}
