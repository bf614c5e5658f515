package fi.register.query.mongo;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * When each projection processor started tracking in this process and when it first caught up with the event store:
 * how long a rebuild (or the catch-up after a restart) took, measured where it happens rather than guessed from
 * outside through the start-up's noise.
 * <p>
 * Each processor's status is looked at every {@value #LOOK_EVERY_MILLIS} ms from before the processors start until each
 * has caught up once, then the looking stops (later lag is the ordinary eventual consistency, and
 * {@link ProjectionProgressHealth} reads the live status): a processor with several segments caught up is all of them
 * claimed and at the head, which no single segment's status change says.
 */
@Component
public class ProjectionProgress implements SmartLifecycle {

    static final long LOOK_EVERY_MILLIS = 20;

    private final Clock clock;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<TokenStore> tokens;
    private final Map<String, Instant> started = new ConcurrentHashMap<>();
    private final Map<String, Instant> caughtUp = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile ScheduledExecutorService looking;

    ProjectionProgress(Clock clock, ObjectProvider<EventProcessingConfiguration> processing,
                       ObjectProvider<TokenStore> tokens) {
        this.clock = clock;
        this.processing = processing;
        this.tokens = tokens;
    }

    /** Told after every look that found a processor's progress changed (on the looking thread): keep it short. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** From the processor's first segment claimed to its first time caught up; empty while it is catching up. */
    public Optional<Duration> catchUpTime(String processor) {
        Instant from = started.get(processor);
        Instant to = caughtUp.get(processor);
        return from == null || to == null ? Optional.empty() : Optional.of(Duration.between(from, to));
    }

    /** Caught up now: every segment claimed, none in error, each at the head of the event store. */
    boolean isCaughtUp(String processor, Map<Integer, EventTrackerStatus> segments) {
        return allCaughtUp(segments.values()) && everySegmentClaimed(processor, segments.size());
    }

    /** A processor that has not claimed a segment yet has no status and has not caught up either. */
    private static boolean allCaughtUp(Collection<EventTrackerStatus> segments) {
        return !segments.isEmpty() && segments.stream().allMatch(status -> status.isCaughtUp() && !status.isErrorState());
    }

    private void look() {
        Instant now = clock.instant();
        boolean changed = false;
        boolean everyOneCaughtUp = true;
        for (var named : processing.getObject().eventProcessors().entrySet()) {
            if (named.getValue() instanceof StreamingEventProcessor streaming) {
                Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
                if (!segments.isEmpty()) {
                    changed |= started.putIfAbsent(named.getKey(), now) == null;
                }
                if (isCaughtUp(named.getKey(), segments)) {
                    changed |= caughtUp.putIfAbsent(named.getKey(), now) == null;
                }
                everyOneCaughtUp &= caughtUp.containsKey(named.getKey());
            }
        }
        if (changed) {
            listeners.forEach(Runnable::run);
        }
        if (everyOneCaughtUp) {
            stop();
        }
    }

    /**
     * The segments are claimed one after another: one segment caught up while another is not claimed yet is not the
     * processor caught up (the views would lack that segment's subjects).
     */
    private boolean everySegmentClaimed(String processor, int claimed) {
        return claimed >= tokens.getObject().fetchSegments(processor).length;
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "projection-progress");
            thread.setDaemon(true);
            return thread;
        });
        looking = executor;
        executor.scheduleWithFixedDelay(this::look, 0, LOOK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = looking;
        looking = null;
        if (executor != null) {
            executor.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return looking != null;
    }

    /** Before Axon starts the processors, so that the first claim is seen when it happens. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
