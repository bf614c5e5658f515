package fi.register.command.snapshot;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of the subject's aggregate, so a command on a subject with a long history reads its last snapshot and the
 * events after it instead of the whole history. Axon's snapshotter takes the snapshot after the command's transaction
 * commits, in its own transaction, and stores it through the register's serializer like any event. A snapshot is only
 * a shortcut: the aggregate's {@code @Revision} makes Axon skip a snapshot of another shape, and one that cannot be read
 * is skipped too, so loading falls back to the events.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotProperties.class)
public class SnapshotConfiguration {

    /** The name the aggregate refers to in {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    public static final String CUSTOMER_TRIGGER = "customerSnapshotTrigger";

    @Bean(CUSTOMER_TRIGGER)
    SnapshotTriggerDefinition customerSnapshotTrigger(Snapshotter snapshotter, SnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.afterEvents());
    }
}
