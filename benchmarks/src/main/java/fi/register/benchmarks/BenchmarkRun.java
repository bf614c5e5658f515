package fi.register.benchmarks;

import fi.register.benchmarks.load.ComplianceReplayAtScale;
import fi.register.benchmarks.load.GeneratedHistoryRebuild;
import fi.register.benchmarks.load.EventStoreCandidates;
import fi.register.benchmarks.load.GatewayLoad;
import fi.register.benchmarks.load.LoadHarness;
import fi.register.benchmarks.load.LoadSizes;
import fi.register.benchmarks.load.PlainAxonComparison;
import fi.register.benchmarks.report.Figure;
import fi.register.benchmarks.report.Machine;
import fi.register.benchmarks.report.ResultsReport;
import fi.register.benchmarks.report.RunDescription;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every benchmark, then RESULTS.md. Started by {@code benchmarks/run}, which builds the jars and passes the commit and
 * the command line; options are {@code --name=value}:
 * {@code results}, {@code register-jar}, {@code commit}, {@code command}, {@code forks} (3), {@code warmup} and
 * {@code iterations} (in seconds; each benchmark class's own when unset), {@code requests} (per client level and
 * kind, 240), {@code seconds} (time limit per level and kind, 20), {@code lag-samples} (30), {@code lag-rate}
 * (registrations per second while the lag is sampled again under a steady open-loop load, 300; 0: not),
 * {@code erasure-histories} (5,500), {@code erasure-subjects} (2), {@code rebuild-events} (30000),
 * {@code replay-events} (the compliance replay's generated histories, 100000; empty: none; 1000000 takes about half an
 * hour to generate on a shared 2-core machine), {@code skip} (comma-separated: {@code micro}, {@code load},
 * {@code plain-axon}), {@code plain-axon-jar} (benchmarks/plain-axon's jar: the register against a plain Axon
 * application and crypto-shredding on vs off over HTTP, see PlainAxonComparison; benchmarks/run passes it),
 * {@code previous-jar} (an earlier build's register jar, loaded the same way in the same run), {@code previous-name},
 * {@code event-store-candidates} (instead of the one load: the same jar on each named event store, the first the
 * baseline, e.g. {@code h2,h2-delay,postgres,sqlite-full,sqlite-normal}; see EventStoreCandidates) and
 * {@code event-store-jars} (where the SQLite driver and dialect are, benchmarks/target/event-store-candidates);
 * {@code gateway-load} (opt-in: issue 13's load through the split deployment's gateway, this many requests, e.g. 4000;
 * see GatewayLoad).
 */
public final class BenchmarkRun {

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Instant started = Instant.now();
        int forks = Integer.parseInt(options.getOrDefault("forks", "3"));
        // unset: each benchmark class's own warm-up and measurement iterations
        Optional<Integer> warmup = Optional.ofNullable(options.get("warmup")).map(Integer::valueOf);
        Optional<Integer> iterations = Optional.ofNullable(options.get("iterations")).map(Integer::valueOf);
        LoadSizes modest = LoadSizes.modest();
        LoadSizes sizes = new LoadSizes(modest.clientLevels(),
                Integer.parseInt(options.getOrDefault("requests", Integer.toString(modest.requestsPerLevel()))),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds",
                        Long.toString(modest.timePerLevel().toSeconds())))),
                Integer.parseInt(options.getOrDefault("lag-samples", Integer.toString(modest.lagSamples()))),
                Integer.parseInt(options.getOrDefault("erasure-subjects", Integer.toString(modest.erasureSubjectsPerSize()))),
                options.containsKey("erasure-histories")
                        ? Arrays.stream(options.get("erasure-histories").split(",")).map(Integer::valueOf).toList()
                        : modest.erasureHistories());
        sizes = sizes.withRebuildEvents(Integer.parseInt(options.getOrDefault("rebuild-events", "30000")))
                .withLagRate(Integer.parseInt(options.getOrDefault("lag-rate", "300")));
        List<String> skip = List.of(options.getOrDefault("skip", "").split(","));

        List<Figure> figures = new ArrayList<>();
        if (!skip.contains("micro")) {
            figures.addAll(MicroBenchmarks.run(forks, warmup, iterations));
        }
        if (options.containsKey("event-store-candidates")) {
            figures.addAll(EventStoreCandidates.run(Path.of(options.getOrDefault("register-jar", "deploy/target/register.jar")),
                    sizes, List.of(options.get("event-store-candidates").split(",")),
                    jarsIn(Path.of(options.getOrDefault("event-store-jars", "benchmarks/target/event-store-candidates")))));
        } else if (!skip.contains("load")) {
            List<Figure> current = LoadHarness.run(Path.of(options.getOrDefault("register-jar", "deploy/target/register.jar")), sizes);
            figures.addAll(current);
            if (!options.getOrDefault("replay-events", "100000").isEmpty()) {
                try {
                    figures.addAll(ComplianceReplayAtScale.measure(Path.of(options.getOrDefault("register-jar",
                            "deploy/target/register.jar")), ComplianceReplayAtScale.sizes(options.getOrDefault(
                            "replay-events", "100000"))));
                } catch (RuntimeException failed) {
                    // a failed part is a figure of its own: it never costs the rest of the run its results
                    System.err.println("[replay] failed: " + failed.getMessage());
                    figures.add(Figure.alone("Compliance replay at scale", "compliance replay", Double.NaN, "s",
                            "not measured: " + failed.getMessage()));
                }
            }
            if (!options.getOrDefault("history-rebuild-events", "100000").isEmpty()) {
                figures.addAll(GeneratedHistoryRebuild.measure(Path.of(options.getOrDefault("register-jar",
                                "deploy/target/register.jar")), Optional.ofNullable(options.get("previous-jar")).map(Path::of),
                        options.getOrDefault("previous-name", "previous build"),
                        Integer.parseInt(options.getOrDefault("history-rebuild-events", "100000"))));
            }
            if (options.containsKey("previous-jar")) {
                // the same load against an earlier build, in this run: what a change of storage or path cost or saved
                List<Figure> previous = LoadHarness.run(Path.of(options.get("previous-jar")), sizes);
                figures.addAll(PreviousBuild.compared(current, previous, options.getOrDefault("previous-name", "previous build")));
            }
        }
        if (options.containsKey("plain-axon-jar") && !skip.contains("plain-axon")) {
            figures.addAll(PlainAxonComparison.run(Path.of(options.getOrDefault("register-jar", "deploy/target/register.jar")),
                    Path.of(options.get("plain-axon-jar")), sizes));
        }
        if (options.containsKey("gateway-load")) {
            figures.addAll(GatewayLoad.run(Integer.parseInt(options.get("gateway-load"))));
        }

        Duration took = Duration.between(started, Instant.now()).truncatedTo(ChronoUnit.SECONDS);
        RunDescription run = new RunDescription(started.truncatedTo(ChronoUnit.SECONDS).toString(),
                options.getOrDefault("commit", "unknown"), options.getOrDefault("command", "unknown"),
                took.toString().substring(2).toLowerCase(), Machine.current(),
                forks + " forks × " + iterations.map(Object::toString).orElse("3") + " × 1 s measured after "
                        + warmup.map(n -> n + " × 1 s").orElse("8 × 1 s (serializer) or 3 × 1 s (the others)")
                        + " of warm-up, 1 thread, average time; ± is JMH's 99.9% confidence interval",
                "client levels " + sizes.clientLevels() + ", at most " + sizes.requestsPerLevel() + " requests or "
                        + sizes.timePerLevel().toSeconds() + " s per level and kind; " + sizes.lagSamples()
                        + " lag samples; " + sizes.erasureSubjectsPerSize() + " subjects per erasure history "
                        + sizes.erasureHistories() + "; register: one JVM, embedded default, default JVM flags");
        Path results = Path.of(options.getOrDefault("results", "benchmarks/RESULTS.md"));
        ResultsReport.write(results, run, figures);
        System.out.println("[benchmarks] wrote " + results.toAbsolutePath() + " in " + run.duration());
    }

    private static List<Path> jarsIn(Path directory) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(directory)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".jar")).map(Path::toAbsolutePath).sorted().toList();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options are --name=value; see BenchmarkRun's documentation: " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
