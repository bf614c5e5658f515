package fi.register.command.customer;

import fi.register.command.snapshot.SnapshotProperties;
import fi.register.command.snapshot.UsableSnapshots;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The subject's snapshots, so a command on a subject with a long history reads its last snapshot and the events after
 * it instead of the whole history. Axon's snapshotter takes one after the command's transaction commits, in its own
 * transaction, and stores it through the register's crypto-shredding serializer like any event.
 */
@Configuration(proxyBeanMethods = false)
class CustomerSnapshotConfiguration {

    /** The names {@code @Aggregate} refers to. */
    static final String TRIGGER = "customerSnapshotTrigger";
    static final String FILTER = "customerSnapshotFilter";

    /** Once loading a subject has read more than {@code register.snapshots.after-events} events. */
    @Bean(TRIGGER)
    SnapshotTriggerDefinition customerSnapshotTrigger(Snapshotter snapshotter, SnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.afterEvents());
    }

    /** The serializer Axon stores snapshots with (the primary one): the register's crypto-shredding serializer. */
    @Bean(FILTER)
    SnapshotFilter customerSnapshotFilter(Serializer serializer) {
        return UsableSnapshots.of(Customer.class, serializer);
    }
}
