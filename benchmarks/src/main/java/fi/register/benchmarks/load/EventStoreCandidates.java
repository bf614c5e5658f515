package fi.register.benchmarks.load;

import fi.register.benchmarks.report.Figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same register jar on each event store candidate, one after another in one run, each figure beside the same
 * figure of the first candidate (today's H2) measured in that run. First the load of {@link LoadHarness} on each,
 * then the kill -9 check on each, so a slow phase of the shared machine does not fall on one candidate only.
 */
public final class EventStoreCandidates {

    static final String SECTION = "Event store candidates (same jar, same load, same run)";
    private static final int KILL_ROUNDS = 2;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 100;

    private EventStoreCandidates() {
    }

    /**
     * @param names      candidates by option name (h2, h2-delay, postgres, sqlite-full, sqlite-normal); the first is
     *                   the baseline
     * @param sqliteJars the SQLite driver and Hibernate's community dialects, put on the register's class path only
     */
    public static List<Figure> run(Path registerJar, LoadSizes sizes, List<String> names, List<Path> sqliteJars) {
        List<EventStoreCandidate> candidates = names.stream().map(EventStoreCandidate::named).toList();
        Map<EventStoreCandidate, List<Figure>> measured = new LinkedHashMap<>();
        for (EventStoreCandidate candidate : candidates) {
            System.out.println("[candidates] load on " + candidate.description());
            measured.put(candidate, onOwnStorage(candidate, sqliteJars, (store, dir) -> {
                List<Figure> figures = new ArrayList<>(LoadHarness.run(registerJar, sizes, store.launch()));
                if (store.serverStartMillis() > 0) {
                    figures.add(Figure.alone("Start-up and memory", "database server: initdb and start",
                            store.serverStartMillis(), "ms", "started before the register; add to its start-up"));
                }
                return figures;
            }));
        }
        for (EventStoreCandidate candidate : candidates) {
            System.out.println("[candidates] kill -9 on " + candidate.description());
            measured.get(candidate).addAll(onOwnStorage(candidate, sqliteJars, (store, dir) ->
                    KillDashNineCheck.measure(registerJar, dir.resolve("data"), store.launch(), KILL_ROUNDS,
                            ACKNOWLEDGED_BEFORE_KILL)));
        }
        return compared(measured);
    }

    private static List<Figure> compared(Map<EventStoreCandidate, List<Figure>> measured) {
        EventStoreCandidate baseline = measured.keySet().iterator().next();
        Map<String, Figure> baselineFigures = new LinkedHashMap<>();
        measured.get(baseline).forEach(figure -> baselineFigures.putIfAbsent(key(figure), figure));
        List<Figure> figures = new ArrayList<>();
        for (Figure base : baselineFigures.values()) {
            if (!relevant(base)) {
                continue;
            }
            for (Map.Entry<EventStoreCandidate, List<Figure>> candidate : measured.entrySet()) {
                candidate.getValue().stream().filter(figure -> key(figure).equals(key(base))).findFirst()
                        .ifPresent(figure -> figures.add(Figure.against(SECTION,
                                candidate.getKey().description() + " | " + figure.name(), figure.value(), figure.unit(),
                                baseline.description(), base.value(), figure.note())));
            }
        }
        // a figure only some candidates have (their own server's start), without a baseline
        measured.forEach((candidate, own) -> own.stream()
                .filter(figure -> !baselineFigures.containsKey(key(figure)))
                .forEach(figure -> figures.add(Figure.alone(SECTION, candidate.description() + " | " + figure.name(),
                        figure.value(), figure.unit(), figure.note()))));
        return figures;
    }

    /** Storage figures; the trivial GET and the health check say nothing about the event store. */
    private static boolean relevant(Figure figure) {
        return !figure.name().startsWith("trivial authenticated GET");
    }

    private static String key(Figure figure) {
        return figure.section() + "|" + figure.name();
    }

    @FunctionalInterface
    private interface OnStorage {
        List<Figure> measure(EventStoreCandidate.OpenStore store, Path dir);
    }

    private static List<Figure> onOwnStorage(EventStoreCandidate candidate, List<Path> sqliteJars, OnStorage measurement) {
        Path dir = createTempDirectory();
        boolean succeeded = false;
        try (EventStoreCandidate.OpenStore store = candidate.open(dir, sqliteJars)) {
            List<Figure> figures = measurement.measure(store, dir);
            succeeded = true;
            return figures;
        } catch (RuntimeException e) {
            // a candidate that cannot run the register is a finding, not the end of the run
            System.err.println("[candidates] " + candidate.description() + " failed: " + e + "; kept " + dir);
            return new ArrayList<>(List.of(Figure.alone("Failures", "failed: " + e.getMessage(), Double.NaN, "", "")));
        } finally {
            if (succeeded) {
                LoadHarness.deleteRecursively(dir);
            }
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("register-event-store-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
