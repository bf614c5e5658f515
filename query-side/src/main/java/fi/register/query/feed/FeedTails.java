package fi.register.query.feed;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live tails: each polls the store after the last position it sent, on one shared scheduler thread (a tail is
 * a read of a page, never a thread of its own), sends each item as an SSE event whose id is its position, and a
 * comment when it has sent nothing for the heartbeat interval. Bounded: at most {@code max-tails} open, each for at
 * most {@code tail-timeout}; the client reconnects with {@code Last-Event-ID} and misses nothing.
 */
final class FeedTails implements SmartLifecycle, AutoCloseable {

    private final FeedReader reader;
    private final FeedSettings settings;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final AtomicInteger open = new AtomicInteger();
    private final Set<Tail> tails = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    FeedTails(FeedReader reader, FeedSettings settings, Clock clock) {
        this.reader = reader;
        this.settings = settings;
        // one daemon thread polls every tail in turn: the tails cost is bounded by their number, not by threads
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "feed-tails");
            thread.setDaemon(true);
            return thread;
        });
        this.clock = clock;
    }

    SseEmitter open(long after, FeedPseudonyms.OfConsumer pseudonyms) {
        if (open.incrementAndGet() > settings.maxTails()) {
            open.decrementAndGet();
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE, "Too many live tails are open: read pages, or try again later."), null);
        }
        SseEmitter emitter = new SseEmitter(settings.tailTimeout().toMillis());
        try {
            // written as soon as the response starts, so the client knows the tail is open (and from where) before
            // the first event, rather than waiting on headers that nothing would flush
            emitter.send(SseEmitter.event().comment("tail after " + after));
        } catch (IOException e) {
            open.decrementAndGet();
            throw new UncheckedIOException(e);
        }
        Tail tail = new Tail(emitter, after, pseudonyms);
        tails.add(tail);
        emitter.onCompletion(tail::stop);
        emitter.onTimeout(emitter::complete);
        emitter.onError(failure -> tail.stop());
        tail.polling = scheduler.scheduleWithFixedDelay(tail::poll, 0, settings.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        return emitter;
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every tail before the web server's graceful shutdown waits for open requests: a tail never ends itself. */
    @Override
    public void stop() {
        running = false;
        tails.forEach(tail -> tail.emitter.complete());
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private final class Tail {

        private final SseEmitter emitter;
        private final FeedPseudonyms.OfConsumer pseudonyms;
        private long after;
        private Instant lastSent;
        private volatile ScheduledFuture<?> polling;
        private volatile boolean stopped;

        Tail(SseEmitter emitter, long after, FeedPseudonyms.OfConsumer pseudonyms) {
            this.emitter = emitter;
            this.after = after;
            this.pseudonyms = pseudonyms;
            this.lastSent = clock.instant();
        }

        /** Runs on the scheduler only, one poll at a time per tail. */
        void poll() {
            if (stopped) {
                polling.cancel(false); // stopped before its first run had a future to cancel
                return;
            }
            try {
                FeedPage page = reader.page(after, settings.maxLimit(), pseudonyms);
                for (FeedItem item : page.items()) {
                    emitter.send(SseEmitter.event().id(Long.toString(item.position())).name("feed-item")
                            .data(item, MediaType.APPLICATION_JSON));
                    lastSent = clock.instant();
                }
                after = page.next();
                if (!clock.instant().isBefore(lastSent.plus(settings.heartbeat()))) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                    lastSent = clock.instant();
                }
            } catch (IOException | RuntimeException gone) {
                // the client left, the emitter completed or the store could not be read: stop polling (a task that
                // throws is never run again anyway); the client reconnects with Last-Event-ID
                stop();
                emitter.completeWithError(gone);
            }
        }

        synchronized void stop() {
            if (stopped) {
                return;
            }
            stopped = true;
            tails.remove(this);
            open.decrementAndGet();
            if (polling != null) {
                polling.cancel(false);
            }
        }
    }
}
