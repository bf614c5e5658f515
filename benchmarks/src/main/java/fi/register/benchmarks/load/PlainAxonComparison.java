package fi.register.benchmarks.load;

import fi.register.benchmarks.report.Figure;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the register's guarantees cost on the registration path: the register jar, the same jar with crypto-shredding
 * off on its event path ({@link CryptoShreddingOff}) and a plain Axon application on the same stack
 * ({@code benchmarks/plain-axon}), all three running at once, each driven with the same registrations at each client
 * level. The machine is shared, so the three are measured in turns, twice per level in mirrored order (A B C, then
 * C B A), and each is left to finish projecting its registrations before the next one is measured: a drift of the
 * machine's load falls on all three alike, and none is measured while another catches up.
 * <p>
 * Beside them, what bounds the stack (docs/architecture.md, "What bounds a registration's throughput"): the register
 * and the plain application each on a PostgreSQL of its own with {@code fsync} on (Axon's JPA engine for the register,
 * its JDBC engine for the plain application), and the plain application on Axon's in-memory event store, which keeps
 * nothing and so is the ceiling of everything above the storage, never a candidate.
 */
public final class PlainAxonComparison {

    static final String PLAIN_SECTION = "The register against a plain Axon application (same load, same run)";
    static final String CRYPTO_SECTION = "Crypto-shredding on vs off over HTTP (same register jar, same load, same run)";
    static final String STORAGE_SECTION = "What bounds a registration: the event store under the register and under plain Axon (same load, same run)";
    private static final String REGISTER = "register";
    private static final String REGISTER_CRYPTO_OFF = "register, crypto-shredding off";
    private static final String PLAIN = "plain Axon application";
    private static final String REGISTER_POSTGRES = "register on PostgreSQL (fsync on)";
    private static final String PLAIN_POSTGRES = "plain Axon application on PostgreSQL (JDBC engine, fsync on)";
    private static final String PLAIN_IN_MEMORY = "plain Axon application on Axon's in-memory event store (nothing durable)";
    /** Issue 9's goal for registrations over HTTP with 8 clients. */
    private static final double GOAL_PER_SECOND = 1_500;
    private static final int WARM_UP_CLIENTS = 8;
    private static final int WARM_UP_REQUESTS = 600;
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(2);
    /** The register's AlertingDeadLetterQueue's warning; not its line for a retry that applied the event. */
    private static final java.util.regex.Pattern DEAD_LETTERED = java.util.regex.Pattern.compile("Projection \\S+ dead-lettered event");

    private PlainAxonComparison() {
    }

    private record Target(String name, Path jar, RegisterLaunch launch) {
    }

    private record Running(Target target, RegisterProcess process, RegisterClient client, Registrations registrations) {
    }

    /** A comparison that fails is a figure of its own: it never costs the rest of the run its results. */
    public static List<Figure> run(Path registerJar, Path plainJar, LoadSizes sizes) {
        try {
            return measure(registerJar, plainJar, sizes);
        } catch (RuntimeException failed) {
            System.err.println("[plain-axon] failed: " + failed.getMessage());
            return List.of(Figure.alone(PLAIN_SECTION, "not measured", Double.NaN, "", "failed: " + failed.getMessage()));
        }
    }

    private static List<Figure> measure(Path registerJar, Path plainJar, LoadSizes sizes) {
        for (Path jar : List.of(registerJar, plainJar)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build it first (benchmarks/run does)");
            }
        }
        Path work = createTempDirectory();
        List<Running> running = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<HarnessPostgres> databases = new ArrayList<>();
        boolean succeeded = false;
        try {
            HarnessPostgres registerDatabase = HarnessPostgres.start(work.resolve("register-pgdata"));
            databases.add(registerDatabase);
            HarnessPostgres plainDatabase = HarnessPostgres.start(work.resolve("plain-pgdata"));
            databases.add(plainDatabase);
            List<Target> targets = List.of(
                    new Target(REGISTER, registerJar, RegisterLaunch.plain()),
                    new Target(REGISTER_CRYPTO_OFF, registerJar, CryptoShreddingOff.launch(work)),
                    new Target(PLAIN, plainJar, RegisterLaunch.plain()),
                    new Target(REGISTER_POSTGRES, registerJar, registerDatabase.launch()),
                    new Target(PLAIN_POSTGRES, plainJar, plainDatabase.plainAxonJdbcLaunch()),
                    new Target(PLAIN_IN_MEMORY, plainJar, new RegisterLaunch(List.of(), List.of(),
                            List.of("--spring.profiles.active=memory"))));
            for (Target target : targets) {
                System.out.println("[plain-axon] starting " + target.name());
                RegisterProcess process = RegisterProcess.start(target.jar(), work.resolve(slug(target) + "-data"),
                        target.launch());
                RegisterClient client = new RegisterClient(process.port());
                Running started = new Running(target, process, client, new Registrations());
                running.add(started);
                try {
                    LoadHarness.awaitHealthy(process, client);
                } catch (RuntimeException failed) {
                    System.err.println("[plain-axon] " + target.name() + " did not start: " + failed.getMessage());
                    figures.add(Figure.alone(PLAIN_SECTION, target.name() + ": not measured", Double.NaN, "",
                            "did not start; its log is kept in " + work));
                    running.remove(started);
                    process.close();
                    continue;
                }
                System.out.println("[plain-axon] warm-up " + target.name());
                ClosedLoopLoad.run(WARM_UP_CLIENTS, WARM_UP_REQUESTS, Duration.ofSeconds(60), () -> registers(started));
                settle(started);
            }
            Map<Target, Map<Integer, ClosedLoopLoad.Result>> results = measureInTurns(running, sizes);
            figures.addAll(compared(results, sizes.clientLevels()));
            running.forEach(each -> figures.addAll(deadLetters(each)));
            succeeded = figures.stream().noneMatch(figure -> figure.name().endsWith("not measured")
                    || figure.name().endsWith("dead-lettered by its views"));
            return figures;
        } finally {
            running.forEach(each -> each.process().close());
            databases.forEach(HarnessPostgres::close);
            if (succeeded) {
                LoadHarness.deleteRecursively(work);
            } else {
                System.err.println("[plain-axon] the logs and data are kept in " + work);
            }
        }
    }

    private static Map<Target, Map<Integer, ClosedLoopLoad.Result>> measureInTurns(List<Running> running, LoadSizes sizes) {
        Map<Target, Map<Integer, ClosedLoopLoad.Result>> results = new LinkedHashMap<>();
        running.forEach(each -> results.put(each.target(), new LinkedHashMap<>()));
        for (int clients : sizes.clientLevels()) {
            List<Running> mirrored = new ArrayList<>(running);
            java.util.Collections.reverse(mirrored);
            List<Running> turns = new ArrayList<>(running);
            turns.addAll(mirrored);
            for (Running each : turns) {
                System.out.println("[plain-axon] " + clients + " clients: " + each.target().name());
                ClosedLoopLoad.Result result = ClosedLoopLoad.run(clients, sizes.requestsPerLevel(), sizes.timePerLevel(),
                        () -> registers(each));
                results.get(each.target()).merge(clients, result, PlainAxonComparison::together);
                settle(each);
            }
        }
        return results;
    }

    private static List<Figure> compared(Map<Target, Map<Integer, ClosedLoopLoad.Result>> results, List<Integer> levels) {
        Map<String, Map<Integer, ClosedLoopLoad.Result>> byName = new LinkedHashMap<>();
        results.forEach((target, levelResults) -> byName.put(target.name(), levelResults));
        List<Figure> figures = new ArrayList<>();
        String what = "register customer (POST)";
        for (int clients : levels) {
            figures.addAll(pair(byName, clients, PLAIN_SECTION, what + ", register", REGISTER,
                    "plain Axon application, same clients", PLAIN));
            figures.addAll(pair(byName, clients, CRYPTO_SECTION, what + ", crypto-shredding on (the register)", REGISTER,
                    "same jar, Axon's plain JacksonSerializer (off)", REGISTER_CRYPTO_OFF));
            figures.addAll(pair(byName, clients, STORAGE_SECTION, what + ", register on PostgreSQL", REGISTER_POSTGRES,
                    "the register on its H2 file (the embedded default)", REGISTER));
            figures.addAll(pair(byName, clients, STORAGE_SECTION, what + ", plain Axon on PostgreSQL (JDBC engine)",
                    PLAIN_POSTGRES, "plain Axon on the H2 file (JPA engine)", PLAIN));
            figures.addAll(pair(byName, clients, STORAGE_SECTION, what + ", plain Axon on Axon's in-memory engine "
                    + "(keeps nothing: the ceiling above the storage)", PLAIN_IN_MEMORY,
                    "plain Axon on the H2 file (JPA engine)", PLAIN));
        }
        for (Map.Entry<String, Map<Integer, ClosedLoopLoad.Result>> target : byName.entrySet()) {
            ClosedLoopLoad.Result atEight = target.getValue().get(8);
            if (atEight != null) {
                figures.add(Figure.against(PLAIN_SECTION, target.getKey() + ": registrations, 8 clients",
                        atEight.throughputPerSecond(), "req/s", "issue 9's goal", GOAL_PER_SECOND,
                        "what this machine's stack reaches"));
            }
        }
        return figures;
    }

    private static List<Figure> pair(Map<String, Map<Integer, ClosedLoopLoad.Result>> results, int clients,
                                     String section, String name, String measured, String baselineName, String baseline) {
        if (!results.containsKey(measured) || !results.containsKey(baseline)) {
            return List.of();
        }
        return LatencyFigures.of(section, name, results.get(measured).get(clients), baselineName,
                results.get(baseline).get(clients));
    }

    /**
     * A registration its views could not project (the register dead-letters it and goes on) would make a target look
     * faster than it is; a run that had any says so beside its figures.
     */
    private static List<Figure> deadLetters(Running target) {
        try {
            long count = Files.readAllLines(target.process().log()).stream()
                    .filter(line -> DEAD_LETTERED.matcher(line).find()).count();
            return count == 0 ? List.of() : List.of(Figure.alone(PLAIN_SECTION, target.target().name()
                    + ": events dead-lettered by its views", count, "", "its figures are not comparable; see its log"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean registers(Running target) {
        return target.client().send(RegisterClient.STAFF, "POST", "/api/customers", target.registrations().nextBody())
                .statusCode() == 201;
    }

    /** Registers one more customer and waits until its view answers: the backlog of the load is projected by then. */
    private static void settle(Running target) {
        UUID last = target.registrations().register(target.client());
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        while (target.client().send(RegisterClient.STAFF, "GET", "/api/customers/" + last, null).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                System.err.println("[plain-axon] " + target.target().name() + " did not project within " + SETTLE_LIMIT);
                return;
            }
            LoadHarness.sleep(20);
        }
    }

    /** Two turns of one level as one result: every sample, the requests over the time both took. */
    private static ClosedLoopLoad.Result together(ClosedLoopLoad.Result first, ClosedLoopLoad.Result second) {
        Histogram all = first.micros().copy();
        all.add(second.micros());
        return new ClosedLoopLoad.Result(first.clients(), first.succeeded() + second.succeeded(),
                first.failed() + second.failed(), first.seconds() + second.seconds(), all);
    }

    private static String slug(Target target) {
        return target.name().replaceAll("[^a-z]+", "-");
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("register-plain-axon-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
