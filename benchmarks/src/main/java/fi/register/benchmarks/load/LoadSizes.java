package fi.register.benchmarks.load;

import java.time.Duration;
import java.util.List;

/**
 * How much load each measurement gets. Every loop in the harness is bounded by one of these counts and by a time
 * limit, so a slow or stuck register makes the run shorter and its figures thinner, never endless.
 */
public record LoadSizes(List<Integer> clientLevels, int requestsPerLevel, Duration timePerLevel,
                        int lagSamples, int erasureSubjectsPerSize, List<Integer> erasureHistories, int rebuildEvents) {

    /** Events of history registered before the projections are rebuilt from them. */
    static final int REBUILD_EVENTS = 30_000;

    public LoadSizes(List<Integer> clientLevels, int requestsPerLevel, Duration timePerLevel,
                     int lagSamples, int erasureSubjectsPerSize, List<Integer> erasureHistories) {
        this(clientLevels, requestsPerLevel, timePerLevel, lagSamples, erasureSubjectsPerSize, erasureHistories,
                REBUILD_EVENTS);
    }

    public LoadSizes withRebuildEvents(int events) {
        return new LoadSizes(clientLevels, requestsPerLevel, timePerLevel, lagSamples, erasureSubjectsPerSize,
                erasureHistories, events);
    }

    /** About five minutes on two shared cores, most of it building the 500-event histories over HTTP. */
    public static LoadSizes modest() {
        return new LoadSizes(List.of(1, 8, 32), 240, Duration.ofSeconds(20), 30, 2, List.of(5, 500));
    }
}
