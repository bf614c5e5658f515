package fi.register.query.mongo;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * Whether each projection's processor has caught up with the event store, as {@code /actuator/health/projections}
 * (the health group of that name, see query-side.yml): after a rebuild, or a restart behind the head, an operator or a
 * benchmark sees when the views are whole again. Always UP: a view still catching up is not a failure, and the
 * register's own health must not wait on a long rebuild. Names, flags and catch-up times (ProjectionProgress) only,
 * nothing about any subject.
 */
@Component("projectionCatchUp")
class ProjectionProgressHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ProjectionProgress progress;

    ProjectionProgressHealth(EventProcessingConfiguration processing, ProjectionProgress progress) {
        this.processing = processing;
        this.progress = progress;
    }

    @Override
    public Health health() {
        Map<String, Object> processors = new TreeMap<>();
        boolean allCaughtUp = true;
        for (var named : processing.eventProcessors().entrySet()) {
            if (named.getValue() instanceof StreamingEventProcessor streaming) {
                boolean caughtUp = progress.isCaughtUp(named.getKey(), streaming.processingStatus());
                Map<String, Object> state = new TreeMap<>();
                state.put("caughtUp", caughtUp);
                progress.catchUpTime(named.getKey()).ifPresent(took -> state.put("catchUpMillis", took.toMillis()));
                processors.put(named.getKey(), state);
                allCaughtUp &= caughtUp;
            }
        }
        return Health.up().withDetail("caughtUp", allCaughtUp).withDetail("processors", processors).build();
    }
}
