package fi.register.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.benchmarks.report.Figure;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A register with a history of N registrations, restarted twice: once with its projection store kept, once with the
 * store deleted, which is how an operator rebuilds the views (the register offers no replay command). Each start is
 * timed from launch until every projection has caught up; the rebuild's rate is N over what the rebuilding start
 * took beyond the quicker of the first (empty) start and the kept one. Also the e-mail look-up against a read by id
 * at N customers, the figure the look-up collection was made for.
 * <p>
 * "Caught up" is {@code /actuator/health/projections} saying so, and the last registered customer's view answering;
 * a build without that health group is judged by the view alone (the customer view: the others may still run).
 */
final class ProjectionRebuild {

    private static final String SECTION = "Projection rebuild and e-mail look-up";
    private static final int CLIENTS = 16;
    private static final Duration PREPARE_LIMIT = Duration.ofMinutes(15);
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(20);
    private static final int LOOK_UPS = 200;
    private static final long HIGHEST_MICROS = Duration.ofMinutes(1).toNanos() / 1000;
    /** The embedded default's projection store (EmbeddedMongoConfiguration). */
    private static final String PROJECTIONS_DIR = "projections";
    private static final String PROGRESS = "/actuator/health/projections";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProjectionRebuild() {
    }

    static List<Figure> measure(Path jar, Path work, int events) {
        Path dataDir = work.resolve("data");
        createDirectories(work);
        Registrations registrations = new Registrations();
        List<Figure> figures = new ArrayList<>();
        UUID last;
        long history;
        try (RegisterProcess register = RegisterProcess.start(jar, dataDir)) {
            RegisterClient client = new RegisterClient(register.port());
            LoadHarness.awaitHealthy(register, client);
            System.out.println("[load] rebuild: registering " + events + " customers, " + CLIENTS + " clients");
            ClosedLoopLoad.Result prepared = ClosedLoopLoad.run(CLIENTS, events - 1L, PREPARE_LIMIT,
                    () -> client.send(RegisterClient.STAFF, "POST", "/api/customers", registrations.nextBody())
                            .statusCode() == 201);
            last = registrations.register(client);
            history = prepared.succeeded() + 1;
            awaitCaughtUp(register, client, last);
            figures.addAll(lookUps(client, last, registrations.lastEmail(), history));
        }
        // the floor: the same jar started on an empty data directory, timed the same way
        double emptyCaughtUp = launchToCaughtUp(jar, work.resolve("empty"), null)[0];
        System.out.println("[load] rebuild: restart with the projection store kept");
        double[] kept = launchToCaughtUp(jar, dataDir, last);
        LoadHarness.deleteRecursively(dataDir.resolve(PROJECTIONS_DIR));
        System.out.println("[load] rebuild: restart with the projection store deleted");
        double[] rebuiltAndResident = launchToCaughtUp(jar, dataDir, last);
        double rebuilt = rebuiltAndResident[0];
        double rebuiltResident = rebuiltAndResident[1];
        double keptResident = kept[1];
        double floor = Math.min(emptyCaughtUp, kept[0]);
        String note = history + " events (one registration each), " + CLIENTS + " clients wrote them over HTTP";
        figures.add(Figure.alone(SECTION, "full rebuild: events per second (the register's own clock)",
                history / (rebuiltAndResident[2] / 1000.0), "events/s",
                note + "; slowest processor, from claiming its segment to caught up"));
        figures.add(Figure.alone(SECTION, "full rebuild: events per second (from outside)",
                history / ((rebuilt - floor) / 1000.0), "events/s",
                "launch-to-caught-up with the store deleted minus the quicker of an empty and a kept start"));
        figures.add(Figure.against(SECTION, "start, projection store deleted: launch to every view caught up", rebuilt,
                "ms", "empty register: launch to caught up", emptyCaughtUp, note));
        figures.add(Figure.against(SECTION, "start, projection store kept: launch to every view caught up", kept[0],
                "ms", "empty register: launch to caught up", emptyCaughtUp, "start-up on that history"));
        figures.add(Figure.against(SECTION, "resident memory (VmRSS) after the rebuild", rebuiltResident, "MiB",
                "after the start with the store kept", keptResident, ""));
        LoadHarness.deleteRecursively(work);
        return figures;
    }

    /** GET by e-mail (a look-up by blind index) against GET by id, of the same customer, one client. */
    private static List<Figure> lookUps(RegisterClient client, UUID customer, String email, long customers) {
        String byEmail = "/api/customers?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
        String byId = "/api/customers/" + customer;
        Histogram emailMicros = timed(client, byEmail);
        Histogram idMicros = timed(client, byId);
        return List.of(Figure.against(SECTION, "GET by e-mail at " + customers + " customers: p50",
                emailMicros.getValueAtPercentile(50) / 1000.0, "ms", "GET by id, same customer",
                idMicros.getValueAtPercentile(50) / 1000.0, "n=" + LOOK_UPS + " each, one client, after 20 unmeasured"));
    }

    private static Histogram timed(RegisterClient client, String path) {
        Histogram micros = new Histogram(HIGHEST_MICROS, 3);
        for (int i = 0; i < LOOK_UPS + 20; i++) {
            long before = System.nanoTime();
            int status = client.send(RegisterClient.STAFF, "GET", path, null).statusCode();
            long took = (System.nanoTime() - before) / 1000;
            if (status != 200) {
                throw new IllegalStateException("A look-up answered " + status);
            }
            if (i >= 20) {
                micros.recordValue(Math.min(took, HIGHEST_MICROS));
            }
        }
        return micros;
    }

    /**
     * Milliseconds from launch until every view caught up, the resident memory then, and the longest catch-up of a
     * processor as the register itself measured it (NaN from a build that does not say).
     */
    private static double[] launchToCaughtUp(Path jar, Path dataDir, UUID lastCustomer) {
        long launched = System.nanoTime();
        try (RegisterProcess register = RegisterProcess.start(jar, dataDir)) {
            RegisterClient client = new RegisterClient(register.port());
            LoadHarness.awaitHealthy(register, client);
            awaitCaughtUp(register, client, lastCustomer);
            double launchToCaughtUp = (System.nanoTime() - launched) / 1e6;
            return new double[]{launchToCaughtUp, register.residentMib(), longestCatchUpMillis(client)};
        }
    }

    static void awaitCaughtUp(RegisterProcess register, RegisterClient client, UUID lastCustomer) {
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!register.isAlive()) {
                throw new IllegalStateException("The register stopped while rebuilding; see " + register.log());
            }
            if (projectionsCaughtUp(client)
                    && (lastCustomer == null || client.send(RegisterClient.STAFF, "GET", "/api/customers/" + lastCustomer,
                    null).statusCode() == 200)) {
                return;
            }
            LoadHarness.sleep(20);
        }
        throw new IllegalStateException("The projections did not catch up within " + CATCH_UP_LIMIT + "; see " + register.log());
    }

    /** True also when the build has no such health group: the view of the last customer then decides alone. */
    private static boolean projectionsCaughtUp(RegisterClient client) {
        var answer = client.get(PROGRESS);
        if (answer.statusCode() == 404) {
            return true;
        }
        return answer.statusCode() == 200 && progress(answer.body()).path("caughtUp").asBoolean(false);
    }

    /** The longest catch-up of any processor as the register measured it, or NaN from a build that does not say. */
    static double longestCatchUpMillis(RegisterClient client) {
        var answer = client.get(PROGRESS);
        if (answer.statusCode() != 200) {
            return Double.NaN;
        }
        double longest = Double.NaN;
        for (JsonNode processor : progress(answer.body()).path("processors")) {
            if (processor.has("catchUpMillis")) {
                double millis = processor.get("catchUpMillis").asDouble();
                longest = Double.isNaN(longest) ? millis : Math.max(longest, millis);
            }
        }
        return longest;
    }

    private static JsonNode progress(String body) {
        try {
            return JSON.readTree(body).at("/components/projectionCatchUp/details");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
