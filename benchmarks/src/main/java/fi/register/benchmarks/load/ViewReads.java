package fi.register.benchmarks.load;

import fi.register.benchmarks.report.Figure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reading a customer's register view: a read of personal data, which the register records in its read audit before
 * it answers. So this GET writes, and its cost beside the trivial GET (which records nothing) is the read audit's.
 * The views are projected before the load starts (after the registration load, so the projections may first have to
 * catch up), so every request is a 200 over a view that exists.
 */
final class ViewReads {

    static final String SECTION = "Reading a customer view (each read recorded in the read audit)";
    private static final int CUSTOMERS = 40;
    /** The read audit's cost at one and at a few clients; more would measure the machine's two cores. */
    private static final int MOST_CLIENTS = 8;
    private static final int WARM_UP_REQUESTS = 60;
    private static final Duration PROJECTION_LIMIT = Duration.ofSeconds(120);

    private ViewReads() {
    }

    static List<Figure> measure(RegisterClient client, Registrations registrations, LoadSizes sizes) {
        List<UUID> customers = projectedCustomers(client, registrations);
        // the view's path compiled before the first level, as the harness's warm-up does for the others
        ClosedLoopLoad.run(4, WARM_UP_REQUESTS, Duration.ofSeconds(30),
                () -> client.send(RegisterClient.STAFF, "GET", "/api/customers/" + any(customers), null).statusCode() == 200);
        List<Figure> figures = new ArrayList<>();
        for (int clients : sizes.clientLevels()) {
            if (clients > MOST_CLIENTS) {
                continue;
            }
            System.out.println("[load] customer view, " + clients + " clients");
            ClosedLoopLoad.Result views = ClosedLoopLoad.run(clients, sizes.requestsPerLevel(), sizes.timePerLevel(),
                    () -> client.send(RegisterClient.STAFF, "GET", "/api/customers/" + any(customers), null)
                            .statusCode() == 200);
            ClosedLoopLoad.Result trivial = ClosedLoopLoad.run(clients, sizes.requestsPerLevel(), sizes.timePerLevel(),
                    () -> client.send(RegisterClient.DPO, "GET", LoadHarness.TRIVIAL_GET, null).statusCode() == 200);
            figures.addAll(LatencyFigures.of(SECTION, "GET a customer view", views,
                    "trivial authenticated GET, same clients", trivial));
        }
        return figures;
    }

    private static List<UUID> projectedCustomers(RegisterClient client, Registrations registrations) {
        List<UUID> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(registrations.register(client));
        }
        long deadline = System.nanoTime() + PROJECTION_LIMIT.toNanos();
        for (UUID customerId : customers) {
            while (client.send(RegisterClient.STAFF, "GET", "/api/customers/" + customerId, null).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The views were not projected within " + PROJECTION_LIMIT);
                }
            }
        }
        return customers;
    }

    private static UUID any(List<UUID> customers) {
        return customers.get(ThreadLocalRandom.current().nextInt(customers.size()));
    }
}
