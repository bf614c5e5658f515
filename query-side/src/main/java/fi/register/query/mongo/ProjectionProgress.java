package fi.register.query.mongo;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * When each projection's processor started tracking in this process and when it first caught up with the event
 * store: how long a rebuild (or the catch-up after a restart) took, measured where it happens rather than guessed from
 * outside through the start-up's noise. Fed by the processors' status listener (ProjectionProcessorsConfiguration).
 */
@Component
public class ProjectionProgress {

    private final Clock clock;
    private final Map<String, Instant> started = new ConcurrentHashMap<>();
    private final Map<String, Instant> caughtUp = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    ProjectionProgress(Clock clock) {
        this.clock = clock;
    }

    void changed(String processor, Map<Integer, EventTrackerStatus> segments) {
        Instant now = clock.instant();
        started.putIfAbsent(processor, now);
        if (allCaughtUp(segments.values())) {
            caughtUp.putIfAbsent(processor, now);
        }
        listeners.forEach(Runnable::run);
    }

    /** Told after every status change of any processor (on that processor's thread): keep it short. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** From the processor's first segment claimed to its first time caught up; empty while it is catching up. */
    public Optional<Duration> catchUpTime(String processor) {
        Instant from = started.get(processor);
        Instant to = caughtUp.get(processor);
        return from == null || to == null ? Optional.empty() : Optional.of(Duration.between(from, to));
    }

    /** A processor that has not claimed its segment yet has no status and has not caught up either. */
    static boolean allCaughtUp(Collection<EventTrackerStatus> segments) {
        return !segments.isEmpty() && segments.stream().allMatch(status -> status.isCaughtUp() && !status.isErrorState());
    }
}
