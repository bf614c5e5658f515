package fi.register.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.benchmarks.history.EventStoreFiller;
import fi.register.benchmarks.history.HistoryPlan;
import fi.register.benchmarks.history.PlantedFinding;
import fi.register.benchmarks.report.Figure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The compliance replay over generated histories of 100,000 and 1,000,000 events (issue 9: a million in under 40 s,
 * memory flat in the history's length). Each history is written straight into a fresh data directory
 * ({@link EventStoreFiller}); the register jar is started on it, replays once to warm up (and to check that it reports
 * exactly the findings the generator planted), once timed, and once while its live heap is sampled.
 * <p>
 * The projections' processors run as subscribing processors in these runs: a register with this history would have
 * its views caught up long ago, and a catch-up over a million events would only compete with the replay for the CPU
 * and, with the views in memory, fill the heap the replay's own is measured in (the audit trail's index holds a
 * document per event).
 */
public final class ComplianceReplayAtScale {

    private static final String SECTION = "Compliance replay at scale (generated histories)";
    private static final long SEED = 20_260_301L;
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final Duration REPLAY_LIMIT = Duration.ofMinutes(20);
    /** Every tracking processor of the query side: the views, and the read audit's and the audit trail's indexes. */
    private static final List<String> PROJECTIONS = List.of("customer-view", "interview-view", "booking-view", "order-view",
            "recommendation-view", "service-use-report", "read-audit", "audit-trail");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ComplianceReplayAtScale() {
    }

    /** One size's figures. */
    /** @param replayCpuSeconds CPU the register spent on the timed replay, all threads: what a loaded machine hides */
    record Run(int events, Duration generated, EventStoreFiller.Took took, Duration replay, double replayCpuSeconds,
               long liveHeapIdle, long liveHeapPeak, double residentPeakMib) {

        double eventsPerSecond() {
            return events / (replay.toNanos() / 1e9);
        }

        double microsPerEvent() {
            return replay.toNanos() / 1e3 / events;
        }

        double replayHeapMib() {
            return Math.max(0, liveHeapPeak - liveHeapIdle) / (1024.0 * 1024.0);
        }
    }

    /** Runs the replay alone: {@code java -cp benchmarks.jar ...ComplianceReplayAtScale <register.jar> [100000,1000000]}. */
    public static void main(String[] args) {
        if (args[0].equals("generate")) {
            // generate <register.jar> <new data directory> <events>: a history to replay by hand
            System.setProperty("org.slf4j.simpleLogger.log.fi.register.crypto", "warn");
            Generated generated = generate(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            generated.plan().planted().forEach(finding -> System.out.println("[replay] planted " + finding));
            return;
        }
        List<Integer> sizes = args.length > 1 ? sizes(args[1]) : List.of(100_000, 1_000_000);
        measure(Path.of(args[0]), sizes).forEach(figure -> System.out.printf("%s: %.1f %s (%s %.1f) %s%n",
                figure.name(), figure.value(), figure.unit(), figure.baselineName(), figure.baseline(), figure.note()));
    }

    public static List<Integer> sizes(String sizes) {
        return List.of(sizes.split(",")).stream().map(String::trim).map(Integer::valueOf).toList();
    }

    public static List<Figure> measure(Path registerJar, List<Integer> sizes) {
        // the generator destroys thousands of keys through the register's key store, which logs each one
        System.setProperty("org.slf4j.simpleLogger.log.fi.register.crypto", "warn");
        List<Run> runs = new ArrayList<>();
        for (int size : sizes) {
            runs.add(run(registerJar, size));
        }
        return figures(runs);
    }

    private static List<Figure> figures(List<Run> runs) {
        List<Figure> figures = new ArrayList<>();
        Run smallest = runs.get(0);
        for (Run run : runs) {
            String size = String.format("%,d", run.events());
            figures.add(Figure.alone(SECTION, "generating " + size + " events into a data directory",
                    run.generated().toMillis() / 1000.0, "s", String.format("keys %.1f s, sealing and appending %.1f s (of which "
                            + "sealing %.1f s), shredding erased subjects' keys %.1f s", run.took().keys().toMillis() / 1000.0,
                            run.took().events().toMillis() / 1000.0, run.took().sealing().toMillis() / 1000.0,
                            run.took().shredding().toMillis() / 1000.0)));
            figures.add(Figure.against(SECTION, "replay of " + size + " events: wall time", run.replay().toMillis() / 1000.0,
                    "s", "issue 9's goal for 1,000,000 events", 40, String.format("%,.0f events/s, warm; the register used %.1f s of "
                            + "CPU (all threads) meanwhile", run.eventsPerSecond(), run.replayCpuSeconds())));
            figures.add(Figure.alone(SECTION, "replay of " + size + " events: live heap it adds", run.replayHeapMib(), "MiB",
                    String.format("peak live heap during the replay %.1f MiB, idle %.1f MiB; peak VmRSS %.0f MiB",
                            run.liveHeapPeak() / 1048576.0, run.liveHeapIdle() / 1048576.0, run.residentPeakMib())));
            if (run != smallest) {
                figures.add(Figure.against(SECTION, "replay time per event, " + size + " against " + String.format("%,d", smallest.events()),
                        run.microsPerEvent(), "µs", String.format("%,d events", smallest.events()), smallest.microsPerEvent(),
                        "1.0 = linear in the history's length"));
                figures.add(Figure.against(SECTION, "replay's live heap, " + size + " against " + String.format("%,d", smallest.events()),
                        run.replayHeapMib(), "MiB", String.format("%,d events", smallest.events()), smallest.replayHeapMib(),
                        "1.0 = flat in the history's length"));
            }
        }
        return figures;
    }

    private static Run run(Path registerJar, int size) {
        Path work = createTempDirectory();
        Path data = work.resolve("data");
        boolean succeeded = false;
        try {
            Generated generated = generate(registerJar, data, size);
            HistoryPlan plan = generated.plan();
            EventStoreFiller.Took took = generated.took();

            List<String> settings = new ArrayList<>(List.of("--register.retention.enforce-automatically=false"));
            PROJECTIONS.forEach(view -> settings.add("--axon.eventhandling.processors." + view + ".mode=subscribing"));
            try (RegisterProcess register = RegisterProcess.start(registerJar, data, settings)) {
                awaitHealthy(register);
                long idle = LiveHeap.bytes(register.pid());
                System.out.println("[replay] warm-up replay");
                requirePlantedFindingsOnly(replay(register), plan);
                System.out.println("[replay] timed replay");
                long timed = System.nanoTime();
                double cpuBefore = register.cpuSeconds();
                requireEveryEvent(replay(register), plan);
                Duration replay = Duration.ofNanos(System.nanoTime() - timed);
                double cpu = register.cpuSeconds() - cpuBefore;
                System.out.println("[replay] replay with live heap sampling");
                long peak;
                double resident = register.residentMib();
                try (LiveHeap.Peak sampler = new LiveHeap.Peak(register.pid(), 1_000)) {
                    requireEveryEvent(replay(register), plan);
                    resident = Math.max(resident, register.residentMib());
                    peak = sampler.peakBytes();
                }
                succeeded = true;
                return new Run(plan.eventCount(), generated.took().total().plus(generated.planned()), took, replay, cpu, idle, peak, resident);
            }
        } finally {
            if (succeeded && Boolean.getBoolean("replay.keep")) {
                System.out.println("[replay] kept " + work);
            } else if (succeeded) {
                LoadHarness.deleteRecursively(work);
            } else {
                System.err.println("[replay] failed; the register's log and data are kept in " + work);
            }
        }
    }

    record Generated(HistoryPlan plan, Duration planned, EventStoreFiller.Took took) {
    }

    /** A fresh data directory: the register creates its tables and master key, then the history is written into it. */
    static Generated generate(Path registerJar, Path data, int size) {
        System.out.printf("[replay] %,d events: creating the register's tables%n", size);
        try (RegisterProcess register = RegisterProcess.start(registerJar, data)) {
            awaitHealthy(register);
        }
        // the same seed on the same day gives the same history
        Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
        long start = System.nanoTime();
        HistoryPlan plan = HistoryPlan.of(size, SEED, now);
        Duration planned = Duration.ofNanos(System.nanoTime() - start);
        EventStoreFiller.Took took = EventStoreFiller.fill(data, plan, SEED);
        System.out.printf("[replay] %,d events, %,d subjects (%,d erased) generated: planned in %s, %s%n",
                plan.eventCount(), plan.subjects().size(), plan.erased().size(), planned, took);
        return new Generated(plan, planned, took);
    }

    /** The generator broke each rule exactly where it says; a replay that reports anything else is wrong. */
    private static void requirePlantedFindingsOnly(JsonNode report, HistoryPlan plan) {
        requireEveryEvent(report, plan);
        Set<PlantedFinding> found = new HashSet<>();
        report.get("findings").forEach(finding -> found.add(new PlantedFinding(finding.get("rule").asText(),
                UUID.fromString(finding.get("customerId").asText()), finding.get("eventSequence").asLong())));
        if (!found.equals(new HashSet<>(plan.planted()))) {
            throw new IllegalStateException("The replay reported " + found.size() + " findings, not the "
                    + plan.planted().size() + " planted ones");
        }
    }

    private static void requireEveryEvent(JsonNode report, HistoryPlan plan) {
        if (report.get("replayedEvents").asLong() != plan.eventCount()) {
            throw new IllegalStateException("The replay read " + report.get("replayedEvents") + " events of "
                    + plan.eventCount());
        }
    }

    private static JsonNode replay(RegisterProcess register) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress()
                        + ":" + register.port() + "/api/compliance/replay"))
                .timeout(REPLAY_LIMIT)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("dpo:dpo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The compliance replay answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The compliance replay failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void awaitHealthy(RegisterProcess register) {
        RegisterClient client = new RegisterClient(register.port());
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!register.isAlive()) {
                throw new IllegalStateException("The register stopped during start-up; see " + register.log());
            }
            if (client.isHealthy()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        throw new IllegalStateException("The register was not healthy within " + START_LIMIT + "; see " + register.log());
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("register-replay-");
        } catch (IOException e) {
            throw new IllegalStateException("No temporary directory", e);
        }
    }
}
