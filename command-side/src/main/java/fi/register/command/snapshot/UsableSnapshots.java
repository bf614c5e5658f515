package fi.register.command.snapshot;

import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * Which stored snapshots of an aggregate may stand in for its events. A snapshot is only a shortcut, so one that cannot
 * be used is passed over and the events decide: one of another revision (the aggregate's fields changed since), and
 * one whose payload does not read. Axon itself only skips a snapshot whose row cannot be read; the payload is read
 * later, when the aggregate is built, where a failure would fail the command. Reading it once more here costs
 * microseconds against the events it saves.
 */
public final class UsableSnapshots {

    private static final Logger log = LoggerFactory.getLogger(UsableSnapshots.class);

    private UsableSnapshots() {
    }

    /**
     * Lets through the snapshots of this aggregate type that are of its current revision (its {@code @Revision}, as
     * the serializer names it) and read through the serializer; snapshots of other types pass untouched.
     */
    public static SnapshotFilter of(Class<?> aggregateType, Serializer serializer) {
        SerializedType current = serializer.typeForClass(aggregateType);
        return snapshot -> {
            SerializedType stored = snapshot.getPayload().getType();
            if (!current.getName().equals(stored.getName())) {
                return true;
            }
            if (!Objects.equals(current.getRevision(), stored.getRevision())) {
                log.info("A snapshot of {} is of another revision; loading it from its events instead",
                        aggregateType.getSimpleName());
                return false;
            }
            try {
                serializer.deserialize(snapshot.getPayload());
                return true;
            } catch (RuntimeException unreadable) {
                // the exception's type only: its message may quote the payload
                log.warn("A snapshot of {} could not be read ({}); loading it from its events instead",
                        aggregateType.getSimpleName(), unreadable.getClass().getSimpleName());
                return false;
            }
        };
    }
}
