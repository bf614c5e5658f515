package fi.register.query.deadletter;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import fi.register.query.mongo.ProjectionsRebuiltAtStart;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Every projection's failed event goes to Axon's sequenced dead-letter queue instead of being logged and skipped
 * (Axon's default error handler), and every later event of the same aggregate queues behind it, so a view never
 * applies an aggregate's events out of order. The data protection officer retries them (DeadLetterController).
 * <p>
 * The queue is Axon's JPA queue in the query side's data source: the event store's own database in the embedded
 * default (H2) and under {@code postgres}, so it is as durable as the events and is there in every shape that has
 * events in a database; under {@code axonserver} the query side's data source is a file of its own (query-side.yml).
 * The payload is written with the register's event serializer: sealed under the subject's key exactly as in the
 * event store, so erasing the key shreds the dead letter's personal fields too. The cause keeps the exception's
 * class only ({@link WithheldCause}). Where the views are rebuilt at every start ({@link ProjectionsRebuiltAtStart}),
 * the letters of an earlier run are dropped at the start: the rebuild decides every event again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadLetterSettings.class)
class DeadLetterConfiguration {

    @Autowired
    void deadLetterEveryProjection(EventProcessingConfigurer processing, DeadLetterSettings settings,
                                   EntityManagerProvider entityManagerProvider, TransactionManager transactionManager,
                                   Serializer genericSerializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                   ObjectProvider<ProjectionsRebuiltAtStart> rebuiltAtStart) {
        boolean dropPreviousRuns = rebuiltAtStart.getIfAvailable() != null;
        for (String group : settings.processingGroups()) {
            processing.registerDeadLetterQueue(group, configuration -> {
                AlertingDeadLetterQueue queue = new AlertingDeadLetterQueue(group,
                        JpaSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(group)
                                .entityManagerProvider(entityManagerProvider)
                                .transactionManager(transactionManager)
                                .genericSerializer(genericSerializer)
                                .eventSerializer(eventSerializer)
                                .build());
                if (dropPreviousRuns) {
                    // built before the processor starts: its replay from the first event handles (or dead-letters)
                    // each of these events again; kept, they would park the rebuilt aggregates behind stale letters
                    transactionManager.executeInTransaction(queue::clear);
                }
                return queue;
            });
            processing.registerDeadLetterPolicy(group, configuration -> new WithheldCause());
            processing.registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, invoker) -> invoker
                    .enqueuePolicy(new WithheldCause())
                    // remembers which aggregates have no dead letter, so an event asks the database only when one may
                    .enableSequenceIdentifierCache()
                    // a replay rebuilds the view from the first event: the letters are handled (or fail) again there
                    .allowReset(true));
        }
    }
}
