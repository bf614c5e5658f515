package fi.register.query.deadletter;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many dead letters each projection holds, as the {@code deadLetters} component of {@code /actuator/health} and
 * of {@code /actuator/health/projections}. {@link #DEGRADED} while any exist: a view then lacks events the history
 * has, which an operator must see, yet the register still serves (query-side.yml maps DEGRADED to 200 and orders it
 * between OUT_OF_SERVICE and UP). Group names and counts only.
 */
@Component("deadLetters")
class DeadLetterHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "a projection holds dead letters; the DPO retries them at /api/dead-letters");

    private final EventProcessingConfiguration processing;
    private final DeadLetterSettings settings;

    DeadLetterHealth(EventProcessingConfiguration processing, DeadLetterSettings settings) {
        this.processing = processing;
        this.settings = settings;
    }

    @Override
    public Health health() {
        Map<String, Object> counts = new TreeMap<>();
        long total = 0;
        for (String group : settings.processingGroups()) {
            long count = processing.deadLetterQueue(group).map(SequencedDeadLetterQueue::size).orElse(0L);
            counts.put(group, count);
            total += count;
        }
        return Health.status(total == 0 ? Status.UP : DEGRADED).withDetail("total", total).withDetail("processingGroups", counts).build();
    }
}
