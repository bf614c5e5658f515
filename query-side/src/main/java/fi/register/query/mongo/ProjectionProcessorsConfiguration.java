package fi.register.query.mongo;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotationUtils;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * All the views are fed by one tracking processor, {@value #VIEWS}, on {@code register.projections.segments} threads,
 * one segment each, split by subject (each subject's events stay in order on one segment): each thread reads the event
 * store, and decrypts only the events of its own segment, once for all views.
 * <p>
 * One processor per view read and decrypted the whole history once per view: nine times during a rebuild, which is
 * what every start of the embedded default is (docs/architecture.md, "One stream for all views"). A pooled streaming
 * processor would read it once, but Axon's embedded event store cannot tell its coordinator of new events, so it looks
 * every 500 ms: a view lagged 480 ms behind a registration at the median, against 112 ms here.
 * <p>
 * Every segment saves its token only after its batch was handled. Axon's default saves the token first, trusting the
 * token and the view to commit in one transaction. MongoDB is no part of that transaction, so a process killed between
 * the two would have recorded events as applied that never reached the view, and the view would lack them for good
 * (seen under {@code kill -9}: KillDashNineTest). Saved after, a killed batch is handled again on restart, which the
 * views' idempotent writes allow.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessorsConfiguration {

    /** The one processor of every view's processing group. */
    static final String VIEWS = "views";
    /**
     * Events handled per batch at most, and so per saved token and bulk write: a segment takes what is there up to
     * this, it never waits for a batch to fill. Bounded well below what a slow machine handles in Axon's 60 s unit of
     * work timeout, whose interrupt would break the batch (and can close the event store's file channel).
     */
    static final int BATCH_SIZE = 250;

    @Autowired
    void oneStreamForAllViews(EventProcessingConfigurer processing, ApplicationContext context,
                              @Value("${register.projections.segments}") int segments) {
        Set<String> views = viewGroups(context);
        processing.assignProcessingGroup(group -> views.contains(group) ? VIEWS : group);
        processing.registerEventProcessor(VIEWS, (name, config, handlers) -> withBatchedWrites(TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(handlers)
                .messageSource(config.eventStore())
                .tokenStore(config.getComponent(TokenStore.class))
                .transactionManager(config.getComponent(TransactionManager.class))
                .errorHandler(config.eventProcessingConfiguration().errorHandler(name))
                .messageMonitor(config.messageMonitor(TrackingEventProcessor.class, name))
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                        .andInitialSegmentsCount(segments)
                        .andBatchSize(BATCH_SIZE))
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

    /** The processing groups of this side's projections (the command side's, in the same JVM, keep their own). */
    private static Set<String> viewGroups(ApplicationContext context) {
        return Arrays.stream(context.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(context::getType)
                .filter(Objects::nonNull)
                .filter(type -> type.getPackageName().startsWith("fi.register.query"))
                .map(type -> AnnotationUtils.findAnnotation(type, ProcessingGroup.class).value())
                .collect(Collectors.toSet());
    }
}
