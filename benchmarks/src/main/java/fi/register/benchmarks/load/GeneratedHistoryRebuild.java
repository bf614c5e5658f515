package fi.register.benchmarks.load;

import fi.register.benchmarks.history.HistoryPlan;
import fi.register.benchmarks.report.Figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The views rebuilt from a generated history with every kind of event (registrations, consents, bookings, service
 * events, interviews, recommendations, feedback, orders, disclosures, rectifications, erasures: the compliance
 * replay's generator), which is what a start of the embedded default does. A history of registrations alone (the
 * rebuild in {@link ProjectionRebuild}) never exercises the views that update documents, and it hid a rebuild
 * quadratic in the history.
 * <p>
 * Each start gets a fresh copy of the same generated data directory. With an earlier build given, the two jars are
 * started in turns, twice each, so that a noisy machine weighs on both alike; the figures are the better of each
 * jar's two starts.
 */
public final class GeneratedHistoryRebuild {

    private static final String SECTION = "Rebuild of a generated history (every kind of event)";
    private static final int ROUNDS = 2;

    private GeneratedHistoryRebuild() {
    }

    /** Launch to every view caught up, the slowest processor's own catch-up, and the CPU the register used until then. */
    record Start(double launchToCaughtUpMillis, double slowestCatchUpMillis, double cpuSeconds) {

        Start better(Start other) {
            return other == null || launchToCaughtUpMillis <= other.launchToCaughtUpMillis ? this : other;
        }
    }

    /** By hand: {@code java -cp benchmarks.jar ...GeneratedHistoryRebuild <register.jar> <events> [<earlier jar> <its name>]}. */
    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.log.fi.register.crypto", "warn");
        Optional<Path> previous = args.length > 2 ? Optional.of(Path.of(args[2])) : Optional.empty();
        measure(Path.of(args[0]), previous, args.length > 3 ? args[3] : "previous build", Integer.parseInt(args[1]))
                .forEach(figure -> System.out.printf("%s: %.1f %s (%s %.1f) %s%n", figure.name(), figure.value(),
                        figure.unit(), figure.baselineName(), figure.baseline(), figure.note()));
    }

    public static List<Figure> measure(Path jar, Optional<Path> previousJar, String previousName, int events) {
        Path work = createTempDirectory();
        try {
            Path history = work.resolve("history");
            HistoryPlan plan = ComplianceReplayAtScale.generate(jar, history, events).plan();
            Start current = null;
            Start previous = null;
            for (int round = 0; round < ROUNDS; round++) {
                current = start(jar, history, work.resolve("current-" + round)).better(current);
                if (previousJar.isPresent()) {
                    previous = start(previousJar.get(), history, work.resolve("previous-" + round)).better(previous);
                }
            }
            return figures(plan, current, Optional.ofNullable(previous), previousName);
        } finally {
            LoadHarness.deleteRecursively(work);
        }
    }

    private static List<Figure> figures(HistoryPlan plan, Start current, Optional<Start> previous, String previousName) {
        String note = String.format("%,d events, %,d subjects (%,d erased); better of %d starts", plan.eventCount(),
                plan.subjects().size(), plan.erased().size(), ROUNDS);
        double rate = plan.eventCount() / (current.slowestCatchUpMillis() / 1000.0);
        List<Figure> figures = new ArrayList<>();
        if (previous.isEmpty()) {
            figures.add(Figure.against(SECTION, "rebuild: events per second (slowest processor, its own clock)", rate,
                    "events/s", "issue 9's goal", 20_000, note));
            figures.add(Figure.alone(SECTION, "launch to every view caught up", current.launchToCaughtUpMillis(), "ms", note));
            figures.add(Figure.alone(SECTION, "CPU the register used until then (all threads)", current.cpuSeconds(), "s", note));
            return figures;
        }
        Start earlier = previous.get();
        figures.add(Figure.against(SECTION, "rebuild: events per second (slowest processor, its own clock)", rate,
                "events/s", previousName, plan.eventCount() / (earlier.slowestCatchUpMillis() / 1000.0),
                note + "; issue 9's goal: 20,000 events/s"));
        figures.add(Figure.against(SECTION, "launch to every view caught up", current.launchToCaughtUpMillis(), "ms",
                previousName, earlier.launchToCaughtUpMillis(), note));
        figures.add(Figure.against(SECTION, "CPU the register used until then (all threads)", current.cpuSeconds(), "s",
                previousName, earlier.cpuSeconds(), note));
        return figures;
    }

    private static Start start(Path jar, Path history, Path data) {
        copyRecursively(history, data);
        System.out.println("[rebuild] " + jar.getFileName() + " on a copy of the generated history");
        long launched = System.nanoTime();
        try (RegisterProcess register = RegisterProcess.start(jar, data)) {
            RegisterClient client = new RegisterClient(register.port());
            LoadHarness.awaitHealthy(register, client);
            ProjectionRebuild.awaitCaughtUp(register, client, null);
            double launchToCaughtUp = (System.nanoTime() - launched) / 1e6;
            return new Start(launchToCaughtUp, ProjectionRebuild.longestCatchUpMillis(client), register.cpuSeconds());
        } finally {
            LoadHarness.deleteRecursively(data);
        }
    }

    private static void copyRecursively(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from, e);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("register-history-rebuild-");
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary directory", e);
        }
    }
}
