package fi.register.benchmarks.load;

import java.time.Duration;
import java.util.List;

/**
 * How much load each measurement gets. Every loop in the harness is bounded by one of these counts and by a time
 * limit, so a slow or stuck register makes the run shorter and its figures thinner, never endless.
 */
public record LoadSizes(List<Integer> clientLevels, int requestsPerLevel, Duration timePerLevel,
                        int lagSamples, int erasureSubjectsPerSize, List<Integer> erasureHistories, int rebuildEvents,
                        int lagRate) {

    /** Events of history registered before the projections are rebuilt from them. */
    static final int REBUILD_EVENTS = 30_000;
    /** Issue 9's steady load for the projection lag: registrations per second. */
    static final int LAG_RATE = 300;

    public LoadSizes(List<Integer> clientLevels, int requestsPerLevel, Duration timePerLevel,
                     int lagSamples, int erasureSubjectsPerSize, List<Integer> erasureHistories) {
        this(clientLevels, requestsPerLevel, timePerLevel, lagSamples, erasureSubjectsPerSize, erasureHistories,
                REBUILD_EVENTS, LAG_RATE);
    }

    public LoadSizes withRebuildEvents(int events) {
        return new LoadSizes(clientLevels, requestsPerLevel, timePerLevel, lagSamples, erasureSubjectsPerSize,
                erasureHistories, events, lagRate);
    }

    /** @param rate registrations per second while the lag is sampled a second time; 0 leaves that out */
    public LoadSizes withLagRate(int rate) {
        return new LoadSizes(clientLevels, requestsPerLevel, timePerLevel, lagSamples, erasureSubjectsPerSize,
                erasureHistories, rebuildEvents, rate);
    }

    /** About five minutes on two shared cores, most of it building the 500-event histories over HTTP. */
    public static LoadSizes modest() {
        return new LoadSizes(List.of(1, 8, 32), 240, Duration.ofSeconds(20), 30, 2, List.of(5, 500));
    }
}
