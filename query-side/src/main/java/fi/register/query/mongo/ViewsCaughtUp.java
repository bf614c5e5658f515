package fi.register.query.mongo;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether every projection has caught up with the event store at least once since this process started: until then
 * a view may lack customers that exist, and a 404 would be a wrong answer ({@link ViewsCatchingUpGate}). With the
 * embedded default's projections in memory every start is a rebuild, so this is the moment the views become whole;
 * with a kept store it comes a moment after the start. Once reached it stays reached: later lag is the ordinary
 * eventual consistency the API documents.
 */
@Component
public class ViewsCaughtUp {

    private final EventProcessingConfiguration processing;
    private final ProjectionProgress progress;
    private final CompletableFuture<Void> reached = new CompletableFuture<>();

    ViewsCaughtUp(EventProcessingConfiguration processing, ProjectionProgress progress) {
        this.processing = processing;
        this.progress = progress;
        progress.onChange(this::check);
    }

    public boolean reached() {
        return reached.isDone();
    }

    /** Waits at most {@code patience} for the views; whether they are whole now. */
    public boolean awaitAtMost(Duration patience) throws InterruptedException {
        if (reached.isDone() || patience.isZero() || patience.isNegative()) {
            return reached.isDone();
        }
        try {
            reached.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every streaming processor has reported caught up once; a processor not started yet holds the gate shut. */
    private void check() {
        if (reached.isDone()) {
            return;
        }
        var processors = processing.eventProcessors().entrySet().stream()
                .filter(named -> named.getValue() instanceof StreamingEventProcessor)
                .toList();
        if (!processors.isEmpty() && processors.stream().allMatch(named -> progress.catchUpTime(named.getKey()).isPresent())) {
            reached.complete(null);
        }
    }
}
