package fi.register.command.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Runs the enforcer by itself: once as soon as the register is ready (so a deadline that passed while it was
 * down is met on start-up) and then every {@code register.retention.check-interval}. Its own single thread, so a
 * slow round delays the next one instead of overlapping it. Off with
 * {@code register.retention.enforce-automatically=false}.
 */
@Component
@ConditionalOnProperty(prefix = "register.retention", name = "enforce-automatically", havingValue = "true",
        matchIfMissing = true)
class RetentionTimer {

    private static final Logger log = LoggerFactory.getLogger(RetentionTimer.class);

    private final RetentionEnforcer enforcer;
    private final Duration interval;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    RetentionTimer(RetentionEnforcer enforcer, RetentionProperties properties) {
        this.enforcer = enforcer;
        this.interval = properties.checkInterval();
        scheduler.setThreadNamePrefix("retention-");
        scheduler.setPoolSize(1);
        // a round under way finishes before the command bus and the store close
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(30);
    }

    /** Only when ready: the command bus, the event store and the processors must all be running. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::round, interval);
        log.info("Retention: checking for passed deadlines now and every {}", interval);
    }

    /** Closed before Axon stops, not after. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        scheduler.shutdown();
    }

    private void round() {
        try {
            enforcer.enforce();
        } catch (RuntimeException e) {
            // never let one bad round end the schedule: the next one tries again
            log.error("Retention: a round failed with {}", e.getClass().getName());
        }
    }
}
