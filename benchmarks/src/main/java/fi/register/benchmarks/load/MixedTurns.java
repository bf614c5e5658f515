package fi.register.benchmarks.load;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One route's share of the gateway load, over all its turns: a closed loop ({@link ClosedLoopLoad}) sending, in
 * alternation, a registration (POST) to the route's command address and a read of a customer view (GET) to its query
 * address. Each kind keeps its own latencies, so the gateway's cost on a write and on a read are read apart.
 */
final class MixedTurns {

    private static final long HIGHEST_MICROS = Duration.ofMinutes(2).toNanos() / 1000;

    private final RegisterClient commands;
    private final RegisterClient queries;
    private final Histogram registrations = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final Histogram reads = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final AtomicLong registrationsFailed = new AtomicLong();
    private final AtomicLong readsFailed = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    private final List<Double> turnThroughputs = new java.util.ArrayList<>();
    private double seconds;
    private int clients;

    /** @param commands where registrations go; {@code queries} where views are read (the same gateway, or each side) */
    MixedTurns(RegisterClient commands, RegisterClient queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Sends {@code requests} with {@code clients} and adds them to this route's figures. */
    void turn(int clients, int requests, Duration limit, Registrations bodies, List<UUID> views,
              AcknowledgedWrites acknowledged) {
        ClosedLoopLoad.Result turn = ClosedLoopLoad.run(clients, requests, limit,
                () -> sequence.getAndIncrement() % 2 == 0 ? register(bodies, acknowledged) : read(views));
        this.clients = clients;
        seconds += turn.seconds();
        turnThroughputs.add(turn.throughputPerSecond());
    }

    /** Requests per second of each turn, in order: how far the shared machine's noise moved them. */
    List<Double> turnThroughputs() {
        return List.copyOf(turnThroughputs);
    }

    /** The same requests, measured nowhere: the JVMs compile the paths and grow their thread pools first. */
    static void warmUp(RegisterClient commands, RegisterClient queries, int clients, int requests,
                       Registrations bodies, List<UUID> views, AcknowledgedWrites acknowledged) {
        new MixedTurns(commands, queries).turn(clients, requests, Duration.ofMinutes(2), bodies, views, acknowledged);
    }

    private boolean register(Registrations bodies, AcknowledgedWrites acknowledged) {
        long before = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = commands.send(RegisterClient.STAFF, "POST", "/api/customers", bodies.nextBody());
        } catch (RuntimeException timedOutOrRefused) {
            registrationsFailed.incrementAndGet();
            return false;
        }
        long micros = (System.nanoTime() - before) / 1000;
        if (response.statusCode() != 201) {
            registrationsFailed.incrementAndGet();
            return false;
        }
        registrations.recordValue(Math.min(micros, HIGHEST_MICROS));
        acknowledged.add(Registrations.customerId(response.body()));
        return true;
    }

    private boolean read(List<UUID> views) {
        UUID customer = views.get(ThreadLocalRandom.current().nextInt(views.size()));
        long before = System.nanoTime();
        boolean ok;
        try {
            ok = queries.send(RegisterClient.STAFF, "GET", "/api/customers/" + customer, null).statusCode() == 200;
        } catch (RuntimeException timedOutOrRefused) {
            ok = false;
        }
        long micros = (System.nanoTime() - before) / 1000;
        if (ok) {
            reads.recordValue(Math.min(micros, HIGHEST_MICROS));
        } else {
            readsFailed.incrementAndGet();
        }
        return ok;
    }

    ClosedLoopLoad.Result registrations() {
        return new ClosedLoopLoad.Result(clients, registrations.getTotalCount(), registrationsFailed.get(), seconds,
                registrations);
    }

    ClosedLoopLoad.Result reads() {
        return new ClosedLoopLoad.Result(clients, reads.getTotalCount(), readsFailed.get(), seconds, reads);
    }

    /** Both kinds together: the route's throughput of the whole mix, and its latencies over every request. */
    ClosedLoopLoad.Result mixed() {
        Histogram all = registrations.copy();
        all.add(reads);
        return new ClosedLoopLoad.Result(clients, all.getTotalCount(), registrationsFailed.get() + readsFailed.get(),
                seconds, all);
    }
}
