package fi.register.command.snapshot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Snapshot settings; see docs/architecture.md.
 *
 * @param afterEvents a subject's snapshot is taken once loading it has read more than this many events since the
 *                    last one (registration included), so no command reads more than about this many
 */
@ConfigurationProperties("register.snapshots")
public record SnapshotProperties(Integer afterEvents) {

    public SnapshotProperties {
        afterEvents = afterEvents != null ? afterEvents : 100;
        if (afterEvents < 1) {
            throw new IllegalArgumentException("register.snapshots.after-events must be positive");
        }
    }
}
