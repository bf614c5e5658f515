package fi.register.benchmarks.load;

import fi.register.benchmarks.report.Figure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * deploy's KillDashNineTest as a bounded measurement: 8 clients register and erase every fifth subject, the register
 * is killed with SIGKILL after a number of acknowledgements, restarted on the same storage, and every acknowledged
 * registration and erasure is looked up. A count of lost ones instead of a failed assertion, so a candidate that
 * loses some is measured, not stopped.
 */
final class KillDashNineCheck {

    static final String SECTION = "Kill -9 mid-load";
    private static final int CLIENTS = 8;
    private static final Duration ACKNOWLEDGE_LIMIT = Duration.ofSeconds(90);

    private final Queue<UUID> registered = new ConcurrentLinkedQueue<>();
    private final Queue<UUID> erased = new ConcurrentLinkedQueue<>();
    private final Registrations registrations = new Registrations();

    private KillDashNineCheck() {
    }

    static List<Figure> measure(Path registerJar, Path dataDir, RegisterLaunch how, int rounds, int acknowledgedBeforeKill) {
        KillDashNineCheck check = new KillDashNineCheck();
        for (int round = 0; round < rounds; round++) {
            check.loadAndKill(registerJar, dataDir, how, acknowledgedBeforeKill);
        }
        try (RegisterProcess register = RegisterProcess.start(registerJar, dataDir, how)) {
            RegisterClient client = new RegisterClient(register.port());
            LoadHarness.awaitHealthy(register, client);
            Map<Integer, Long> afterRegistration = check.registered.stream()
                    .collect(Collectors.groupingBy(id -> rectify(client, id), TreeMap::new, Collectors.counting()));
            Map<Integer, Long> afterErasure = check.erased.stream()
                    .collect(Collectors.groupingBy(id -> rectify(client, id), TreeMap::new, Collectors.counting()));
            // 404: the subject is unknown, its registration lost; any status other than 204/410 is counted too
            long lostRegistrations = afterRegistration.entrySet().stream()
                    .filter(status -> status.getKey() != 204 && status.getKey() != 410).mapToLong(Map.Entry::getValue).sum();
            long lostErasures = afterErasure.entrySet().stream()
                    .filter(status -> status.getKey() != 410).mapToLong(Map.Entry::getValue).sum();
            String note = rounds + " rounds, " + CLIENTS + " clients, killed after " + acknowledgedBeforeKill
                    + " acknowledgements each; rectification after restart answered " + afterRegistration;
            return List.of(
                    Figure.against(SECTION, "acknowledged registrations lost", lostRegistrations, "lost",
                            "acknowledged", check.registered.size(), note),
                    Figure.against(SECTION, "acknowledged erasures undone", lostErasures, "lost",
                            "acknowledged", check.erased.size(), "after restart answered " + afterErasure));
        }
    }

    private void loadAndKill(Path registerJar, Path dataDir, RegisterLaunch how, int acknowledgedBeforeKill) {
        try (RegisterProcess register = RegisterProcess.start(registerJar, dataDir, how)) {
            RegisterClient client = new RegisterClient(register.port());
            LoadHarness.awaitHealthy(register, client);
            int before = registered.size() + erased.size();
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int id = c;
                clients.submit(() -> load(client, id, killed));
            }
            long deadline = System.nanoTime() + ACKNOWLEDGE_LIMIT.toNanos();
            while (registered.size() + erased.size() - before < acknowledgedBeforeKill && System.nanoTime() < deadline) {
                pause();
            }
            killed.set(true);
            register.killDashNine();
            clients.shutdown();
            try {
                clients.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Remembers only what the register acknowledged. */
    private void load(RegisterClient client, int id, AtomicBoolean killed) {
        for (int i = 0; i < 100_000 && !killed.get(); i++) {
            try {
                UUID customerId = registrations.register(client);
                if (i % 5 == id % 5
                        && client.send(RegisterClient.DPO, "POST", "/api/customers/" + customerId + "/erasure", null)
                        .statusCode() == 204) {
                    erased.add(customerId);
                } else {
                    registered.add(customerId);
                }
            } catch (RuntimeException e) {
                if (killed.get()) {
                    return; // killed under this request: nothing was acknowledged
                }
            }
        }
    }

    /** 204 or 410: the command side knows the subject (alive or erased); 404 means its registration was lost. */
    private static int rectify(RegisterClient client, UUID id) {
        return client.send(RegisterClient.STAFF, "PUT", "/api/customers/" + id, "{\"lastName\":\"Afterwards\"}")
                .statusCode();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
