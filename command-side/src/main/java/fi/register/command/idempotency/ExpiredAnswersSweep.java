package fi.register.command.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Duration;

/**
 * Deletes expired answers every {@code register.idempotency.cleanup-interval}, on a thread of its own, in short
 * transactions of its own: a command never waits for the sweep. Expiry itself needs no sweep, a claim forgets its
 * key's expired record first.
 */
class ExpiredAnswersSweep {

    private static final Logger log = LoggerFactory.getLogger(ExpiredAnswersSweep.class);

    private final IdempotencyRecords records;
    private final Duration interval;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    ExpiredAnswersSweep(IdempotencyRecords records, Duration interval) {
        this.records = records;
        this.interval = interval;
        scheduler.setThreadNamePrefix("idempotency-sweep-");
        scheduler.setPoolSize(1);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::sweep, interval);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        scheduler.shutdown();
    }

    int sweep() {
        try {
            int forgotten = records.forgetExpired();
            if (forgotten > 0) {
                log.info("Idempotency: forgot {} expired answers", forgotten);
            }
            return forgotten;
        } catch (RuntimeException e) {
            // the next round tries again; a key's own expiry does not depend on it
            log.warn("Idempotency: a sweep failed with {}", e.getClass().getName());
            return 0;
        }
    }
}
