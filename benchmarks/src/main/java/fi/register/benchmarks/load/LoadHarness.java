package fi.register.benchmarks.load;

import fi.register.benchmarks.report.Figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole service under load: the register jar started as a child JVM on loopback with an empty data directory,
 * driven over HTTP, then stopped. Every figure is measured beside its baseline in the same run.
 */
public final class LoadHarness {

    private static final String START_UP = "Start-up and memory";
    private static final String THROUGHPUT = "Throughput and latency over HTTP";
    /** Cheap and authenticated: a DPO listing that is empty for any instant in the past. */
    static final String TRIVIAL_GET = "/api/retention/due?before=2000-01-01T00:00:00Z";
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final int WARM_UP_REQUESTS = 60;

    private LoadHarness() {
    }

    public static List<Figure> run(Path registerJar, LoadSizes sizes) {
        return run(registerJar, sizes, RegisterLaunch.plain());
    }

    static List<Figure> run(Path registerJar, LoadSizes sizes, RegisterLaunch how) {
        if (!Files.isRegularFile(registerJar)) {
            throw new IllegalStateException(registerJar + " is missing: build it first (benchmarks/run does)");
        }
        Path work = createTempDirectory();
        boolean succeeded = false;
        List<Figure> figures = new ArrayList<>();
        try {
            double[] idle = idleJvmFloor(work.resolve("idle-jvm.log"));
            try (RegisterProcess register = RegisterProcess.start(registerJar, work.resolve("data"), how)) {
                RegisterClient client = new RegisterClient(register.port());
                double startUpMillis = awaitHealthy(register, client);
                double residentAtStart = register.residentMib();
                figures.add(Figure.against(START_UP, "register jar: launch to health UP", startUpMillis, "ms",
                        "idle JVM: launch to main()", idle[0], "empty data directory, default JVM flags"));
                figures.add(Figure.against(START_UP, "resident memory (VmRSS) when healthy", residentAtStart, "MiB",
                        "idle JVM's VmRSS", idle[1], ""));

                Registrations registrations = new Registrations();
                warmUp(client, registrations);
                figures.addAll(throughputAndLatency(client, registrations, sizes));
                figures.addAll(ViewReads.measure(client, registrations, sizes));
                System.out.println("[load] projection lag");
                figures.addAll(orFailure("Projection lag", () -> ProjectionLag.measure(client, registrations,
                        sizes.lagSamples())));
                if (sizes.lagRate() > 0) {
                    figures.addAll(orFailure(ProjectionLag.STEADY_SECTION, () -> ProjectionLag.measureAtSteadyRate(
                            client, registrations, sizes.lagSamples(), sizes.lagRate())));
                }
                System.out.println("[load] erasure");
                figures.addAll(orFailure("Erasure", () -> ErasureLatency.measure(client, registrations,
                        sizes.erasureHistories(), sizes.erasureSubjectsPerSize())));
                figures.add(Figure.against(START_UP, "resident memory (VmRSS) after the whole load", register.residentMib(),
                        "MiB", "VmRSS when healthy", residentAtStart, ""));
            }
            System.out.println("[load] projection rebuild");
            figures.addAll(ProjectionRebuild.measure(registerJar, work.resolve("rebuild"), sizes.rebuildEvents()));
            succeeded = true;
            return figures;
        } finally {
            if (succeeded) {
                deleteRecursively(work);
            } else {
                System.err.println("[load] failed; the register's log and data are kept in " + work);
            }
        }
    }

    /** A phase the register cannot serve is a finding of the run (a storage candidate that fails), not its end. */
    private static List<Figure> orFailure(String section, java.util.function.Supplier<List<Figure>> phase) {
        try {
            return phase.get();
        } catch (RuntimeException e) {
            System.err.println("[load] " + section + " failed: " + e.getMessage());
            return List.of(Figure.alone(section, "failed: " + e.getMessage(), Double.NaN, "", "the register's log tells why"));
        }
    }

    private static List<Figure> throughputAndLatency(RegisterClient client, Registrations registrations, LoadSizes sizes) {
        List<Figure> figures = new ArrayList<>();
        ClosedLoopLoad.Result singleClientRegistration = null;
        for (int clients : sizes.clientLevels()) {
            System.out.println("[load] " + clients + " clients");
            ClosedLoopLoad.Result register = ClosedLoopLoad.run(clients, sizes.requestsPerLevel(), sizes.timePerLevel(),
                    () -> client.send(RegisterClient.STAFF, "POST", "/api/customers", registrations.nextBody())
                            .statusCode() == 201);
            ClosedLoopLoad.Result trivial = ClosedLoopLoad.run(clients, sizes.requestsPerLevel(), sizes.timePerLevel(),
                    () -> client.send(RegisterClient.DPO, "GET", TRIVIAL_GET, null).statusCode() == 200);
            ClosedLoopLoad.Result health = ClosedLoopLoad.run(clients, sizes.requestsPerLevel(), sizes.timePerLevel(),
                    () -> client.get("/actuator/health").statusCode() == 200);
            figures.addAll(LatencyFigures.of(THROUGHPUT, "register customer (POST)", register,
                    "trivial authenticated GET, same clients", trivial));
            figures.addAll(LatencyFigures.of(THROUGHPUT, "trivial authenticated GET", trivial,
                    "unauthenticated GET /actuator/health, same clients", health));
            if (singleClientRegistration == null) {
                singleClientRegistration = register;
            } else {
                figures.add(Figure.against(THROUGHPUT, "register customer: throughput scaling, " + clients + " clients",
                        register.throughputPerSecond(), "req/s", "same with " + singleClientRegistration.clients()
                                + " client", singleClientRegistration.throughputPerSecond(), "2 shared cores"));
            }
        }
        return figures;
    }

    /** Both JVMs compile the hot paths first, so the first level measures the same code as the last. */
    static void warmUp(RegisterClient client, Registrations registrations) {
        System.out.println("[load] warm-up");
        ClosedLoopLoad.run(4, WARM_UP_REQUESTS, Duration.ofSeconds(30),
                () -> client.send(RegisterClient.STAFF, "POST", "/api/customers", registrations.nextBody()).statusCode() == 201);
        ClosedLoopLoad.run(4, WARM_UP_REQUESTS, Duration.ofSeconds(30),
                () -> client.send(RegisterClient.DPO, "GET", TRIVIAL_GET, null).statusCode() == 200);
    }

    static double awaitHealthy(RegisterProcess register, RegisterClient client) {
        long start = System.nanoTime();
        long deadline = start + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!register.isAlive()) {
                throw new IllegalStateException("The register stopped during start-up; see " + register.log());
            }
            if (client.isHealthy()) {
                return (System.nanoTime() - start) / 1e6;
            }
            sleep(50);
        }
        throw new IllegalStateException("The register was not healthy within " + START_LIMIT + "; see " + register.log());
    }

    /** Launch-to-main() time and resident memory of a JVM that does nothing. */
    private static double[] idleJvmFloor(Path log) {
        long start = System.nanoTime();
        try (RegisterProcess idle = RegisterProcess.startIdleJvm(log)) {
            long deadline = start + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && !readyLine(log)) {
                sleep(5);
            }
            double millis = (System.nanoTime() - start) / 1e6;
            sleep(500); // let the JVM settle as the register does before it answers health
            return new double[]{millis, idle.residentMib()};
        }
    }

    private static boolean readyLine(Path log) {
        try {
            return Files.exists(log) && Files.readString(log).contains(IdleJvm.READY);
        } catch (IOException e) {
            return false;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("register-benchmark-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory and all below it; one that is not there is already deleted. */
    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("[load] could not delete " + root);
        }
    }
}
