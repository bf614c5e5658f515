package fi.register.query.mongo;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotationUtils;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * All the views are fed by one pooled streaming processor, {@value #VIEWS}: the event store is read once and each event
 * decrypted once for all of them, and the handling spreads over {@code register.projections.segments} threads by
 * subject (each subject's events stay in order on one segment).
 * <p>
 * One processor per view read and decrypted the whole history once per view: nine times during a rebuild, which is
 * what every start of the embedded default is (docs/architecture.md, "Projection store").
 * <p>
 * The processor saves a segment's position when the batch's unit of work prepares to commit, after its handlers ran
 * and {@link BatchedWrites} sent their writes. MongoDB is no part of that transaction, so saving first would let a
 * process killed between the two record events as applied that never reached the views (seen under {@code kill -9}:
 * KillDashNineTest); saved after, a killed batch is handled again on restart, which the views' idempotent writes allow.
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
        processing.registerPooledStreamingEventProcessor(VIEWS, org.axonframework.config.Configuration::eventStore,
                (configuration, builder) -> builder
                        .batchSize(BATCH_SIZE)
                        // from the first event, as a view needs; asking the event store for its tail instead would
                        // hold up the start while Axon Server is out of reach
                        .initialToken(source -> null)
                        .initialSegmentCount(segments)
                        .maxClaimedSegments(segments)
                        .coordinatorExecutor(name -> Executors.newScheduledThreadPool(1,
                                new AxonThreadFactory("Coordinator[" + name + "]")))
                        .workerExecutor(name -> Executors.newScheduledThreadPool(segments,
                                new AxonThreadFactory("WorkPackage[" + name + "]"))));
        processing.registerHandlerInterceptor(VIEWS, configuration -> BatchedWrites.interceptor());
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
