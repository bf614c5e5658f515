package fi.register.benchmarks.load;

import fi.register.benchmarks.report.Figure;
import fi.register.benchmarks.report.ResultsReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Issue 13's bounded load through the gateway: the split deployment ({@link SplitDeployment}: PostgreSQL, a
 * MongoDB-wire server, the command-side and query-side exec jars, nginx with the repository's gateway configuration,
 * all on loopback), driven by 50 clients with a fixed number of requests, registrations and reads of customer views
 * in alternation. The baseline is the same load sent straight to the sides (registrations to the command side, reads
 * to the query side), in turns with the gateway's (gateway, straight, straight, gateway, twice) on the same processes,
 * so the ratio is the gateway's cost under the same noise. Afterwards every acknowledged registration must be in the event
 * store and its view served; one missing fails the run.
 * <p>
 * By hand, from the repository's root after {@code mvn -B -ntp -DskipTests package}:
 * {@code java -cp benchmarks/target/benchmarks.jar fi.register.benchmarks.load.GatewayLoad [requests]} prints the
 * section in RESULTS.md's format and exits 1 if a write was lost; in {@code benchmarks/run}:
 * {@code --gateway-load=<requests>}.
 */
public final class GatewayLoad {

    static final String SECTION = "Load through the gateway (split deployment on PostgreSQL, 50 clients, same run)";
    public static final int DEFAULT_REQUESTS = 4_000;
    /** Issue 13: "50 concurrent clients". */
    private static final int CLIENTS = 50;
    /** The views the reads pick from, registered and projected before the first turn, so every read is a 200. */
    private static final int SEEDED_VIEWS = 50;
    private static final int WARM_UP_REQUESTS = 400;
    private static final Duration TURN_LIMIT = Duration.ofMinutes(3);
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(3);
    private static final Duration VIEW_LIMIT = Duration.ofMinutes(3);
    private static final Path COMMAND_SIDE_TARGET = Path.of("command-side", "target");
    private static final Path QUERY_SIDE_TARGET = Path.of("query-side", "target");
    private static final Path GATEWAY_SCRIPT = Path.of("deploy", "gateway", "start-gateway.sh");

    private GatewayLoad() {
    }

    /** The figures and what became of the acknowledged writes. */
    record Outcome(List<Figure> figures, AcknowledgedWrites.Kept kept) {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Outcome outcome = measure(args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_REQUESTS);
        System.out.println(ResultsReport.tables(outcome.figures()));
        if (!outcome.kept().all()) {
            System.err.println("[gateway-load] FAILED: " + outcome.kept().lost());
            System.exit(1);
        }
    }

    /** For BenchmarkRun: a failed load is a figure of its own, and lost writes a FAILED row beside a loud line. */
    public static List<Figure> run(int requests) {
        try {
            Outcome outcome = measure(requests);
            if (outcome.kept().all()) {
                return outcome.figures();
            }
            System.err.println("[gateway-load] FAILED: " + outcome.kept().lost());
            List<Figure> figures = new ArrayList<>(outcome.figures());
            figures.add(Figure.alone(SECTION, "FAILED: acknowledged writes lost", Double.NaN, "", outcome.kept().lost()));
            return figures;
        } catch (RuntimeException failed) {
            System.err.println("[gateway-load] failed: " + failed.getMessage());
            return List.of(Figure.alone(SECTION, "not measured", Double.NaN, "", "failed: " + failed.getMessage()));
        }
    }

    static Outcome measure(int requests) {
        Path commandSideJar = execJar(COMMAND_SIDE_TARGET);
        Path querySideJar = execJar(QUERY_SIDE_TARGET);
        Path work = createTempDirectory();
        boolean kept = false;
        try (SplitDeployment deployment = SplitDeployment.start(work, commandSideJar, querySideJar, GATEWAY_SCRIPT)) {
            RegisterClient gateway = deployment.gateway();
            MixedTurns throughGateway = new MixedTurns(gateway, gateway);
            MixedTurns straight = new MixedTurns(deployment.commandSide(), deployment.querySide());
            Registrations bodies = new Registrations();
            AcknowledgedWrites acknowledged = new AcknowledgedWrites();

            List<UUID> views = seededViews(gateway, bodies, acknowledged);
            System.out.println("[gateway-load] warm-up");
            MixedTurns.warmUp(gateway, gateway, CLIENTS, WARM_UP_REQUESTS, bodies, views, acknowledged);
            MixedTurns.warmUp(deployment.commandSide(), deployment.querySide(), CLIENTS, WARM_UP_REQUESTS, bodies, views,
                    acknowledged);
            settle(gateway, bodies, acknowledged);

            LoadAverage load = new LoadAverage();
            // mirrored, twice: a drift of the shared machine's load falls on both routes alike
            List<MixedTurns> turns = List.of(throughGateway, straight, straight, throughGateway,
                    throughGateway, straight, straight, throughGateway);
            int perTurn = requests / turns.size();
            for (MixedTurns turn : turns) {
                System.out.println("[gateway-load] " + perTurn + " requests, " + CLIENTS + " clients, "
                        + (turn == throughGateway ? "through the gateway" : "straight to the sides"));
                turn.turn(CLIENTS, perTurn, TURN_LIMIT, bodies, views, acknowledged);
                load.sample();
                // the query side catches up with this turn's registrations before the next turn is measured
                settle(gateway, bodies, acknowledged);
            }

            System.out.println("[gateway-load] checking " + acknowledged.count() + " acknowledged registrations");
            AcknowledgedWrites.Kept check = acknowledged.check(deployment.postgres(), gateway, VIEW_LIMIT);
            kept = check.all();
            return new Outcome(figures(throughGateway, straight, check, load, perTurn), check);
        } finally {
            if (kept) {
                LoadHarness.deleteRecursively(work);
            } else {
                System.err.println("[gateway-load] the sides' logs, nginx's and the data are kept in " + work);
            }
        }
    }

    private static List<Figure> figures(MixedTurns throughGateway, MixedTurns straight, AcknowledgedWrites.Kept kept,
                                        LoadAverage load, int perTurn) {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(LatencyFigures.of(SECTION, "mixed load (registration and view read in alternation), through the "
                + "gateway", throughGateway.mixed(), "the same load straight to the sides", straight.mixed()));
        figures.addAll(LatencyFigures.of(SECTION, "register customer (POST), through the gateway",
                throughGateway.registrations(), "straight to the command side", straight.registrations()));
        figures.addAll(LatencyFigures.of(SECTION, "GET a customer view, through the gateway", throughGateway.reads(),
                "straight to the query side", straight.reads()));
        List<Double> gatewayTurns = throughGateway.turnThroughputs();
        List<Double> straightTurns = straight.turnThroughputs();
        figures.add(Figure.against(SECTION, "mixed load: the slowest turn through the gateway",
                gatewayTurns.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN), "req/s",
                "the slowest turn straight to the sides",
                straightTurns.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                "each turn, req/s: gateway " + rounded(gatewayTurns) + "; straight " + rounded(straightTurns)));
        figures.add(Figure.against(SECTION, "acknowledged registrations (201) whose events are in the event store",
                kept.inEventStore(), "", "registrations acknowledged", kept.acknowledged(),
                "PostgreSQL, fsync on; the turns', the warm-up's and the seeded registrations"));
        figures.add(Figure.against(SECTION, "acknowledged registrations whose view the query side serves through the "
                        + "gateway", kept.servedViews(), "", "registrations acknowledged", kept.acknowledged(),
                "each waited for at most " + VIEW_LIMIT.toMinutes() + " min after the last turn"));
        figures.add(Figure.alone(SECTION, "machine load average (1 min), highest after a turn", load.highest(), "",
                String.format(Locale.ROOT, "%.2f before the first turn; %d processors, shared with other builds; "
                                + "turns: gateway, straight, straight, gateway, twice, %d requests each", load.first(),
                        Runtime.getRuntime().availableProcessors(), perTurn)));
        return figures;
    }

    private static String rounded(List<Double> values) {
        return String.join(", ", values.stream().map(value -> String.format(Locale.ROOT, "%.0f", value)).toList());
    }

    /** Customers registered through the gateway and projected, for the reads to pick from. */
    private static List<UUID> seededViews(RegisterClient gateway, Registrations bodies, AcknowledgedWrites acknowledged) {
        System.out.println("[gateway-load] registering " + SEEDED_VIEWS + " customers to read");
        List<UUID> views = new ArrayList<>();
        for (int i = 0; i < SEEDED_VIEWS; i++) {
            UUID customer = bodies.register(gateway);
            acknowledged.add(customer);
            views.add(customer);
        }
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        for (UUID customer : views) {
            while (gateway.send(RegisterClient.STAFF, "GET", "/api/customers/" + customer, null).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The seeded views were not projected within " + SETTLE_LIMIT);
                }
                LoadHarness.sleep(20);
            }
        }
        return views;
    }

    /** Registers one more customer and waits until its view answers: everything registered before is projected. */
    private static void settle(RegisterClient gateway, Registrations bodies, AcknowledgedWrites acknowledged) {
        UUID last = bodies.register(gateway);
        acknowledged.add(last);
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        while (gateway.send(RegisterClient.STAFF, "GET", "/api/customers/" + last, null).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The query side did not catch up within " + SETTLE_LIMIT);
            }
            LoadHarness.sleep(20);
        }
    }

    /** The side's runnable jar as the reactor builds it ({@code *-exec.jar}). */
    private static Path execJar(Path target) {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No *-exec.jar in " + target
                            + ": build it first (mvn -B -ntp -DskipTests package, from the repository's root)"));
        } catch (IOException e) {
            throw new IllegalStateException(target + " is missing: build first and run from the repository's root", e);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("register-gateway-load-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one-minute load average from /proc/loadavg (Linux), read before the load and after each turn. */
    private static final class LoadAverage {

        private final double first = now();
        private double highest = first;

        void sample() {
            highest = Math.max(highest, now());
        }

        double first() {
            return first;
        }

        double highest() {
            return highest;
        }

        private static double now() {
            try {
                return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }
    }
}
