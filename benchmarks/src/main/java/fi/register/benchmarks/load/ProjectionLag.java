package fi.register.benchmarks.load;

import fi.register.benchmarks.report.Figure;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * How long after a registration's 201 the register view answers 200 (the query side's tracking processor has
 * projected the event), sampled while other clients keep registering. The view is polled back to back, so a sample
 * is only as fine as one GET; the baseline is that GET on a customer already projected, under the same load.
 */
final class ProjectionLag {

    private static final String SECTION = "Projection lag";
    static final String STEADY_SECTION = "Projection lag under a steady command rate";
    /** Enough senders that a register answering in up to 100 ms still receives the rate asked of it. */
    private static final int STEADY_SENDERS = 32;
    private static final int BACKGROUND_CLIENTS = 4;
    private static final Duration SAMPLE_LIMIT = Duration.ofSeconds(10);
    private static final Duration RUN_LIMIT = Duration.ofSeconds(90);
    private static final long HIGHEST_MICROS = Duration.ofMinutes(1).toNanos() / 1000;

    private ProjectionLag() {
    }

    static List<Figure> measure(RegisterClient client, Registrations registrations, int samples) {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService background = Executors.newFixedThreadPool(BACKGROUND_CLIENTS);
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        for (int i = 0; i < BACKGROUND_CLIENTS; i++) {
            background.submit(() -> {
                while (!stop.get() && System.nanoTime() < deadline) {
                    registerQuietly(client, registrations);
                }
            });
        }
        return sample(client, registrations, samples, deadline, stop, background, SECTION,
                BACKGROUND_CLIENTS + " clients registering meanwhile", () -> "");
    }

    /**
     * Issue 9's figure: the lag while registrations arrive at a steady rate. The load is an open loop: the i-th
     * registration is due at start + i / rate whatever the answers before it, so a register slower than the rate falls
     * behind (and shows it in the rate it achieved) instead of slowing the load down, as closed-loop clients would.
     */
    static List<Figure> measureAtSteadyRate(RegisterClient client, Registrations registrations, int samples,
                                            int ratePerSecond) {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong tickets = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        ExecutorService background = Executors.newFixedThreadPool(STEADY_SENDERS);
        long start = System.nanoTime();
        long deadline = start + RUN_LIMIT.toNanos();
        for (int i = 0; i < STEADY_SENDERS; i++) {
            background.submit(() -> {
                while (!stop.get() && System.nanoTime() < deadline) {
                    long due = start + tickets.getAndIncrement() * 1_000_000_000L / ratePerSecond;
                    // a load generator, not a test: it waits for the due time it was given
                    for (long wait = due - System.nanoTime(); wait > 0 && !stop.get(); wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    if (!stop.get() && registerQuietly(client, registrations)) {
                        answered.incrementAndGet();
                    }
                }
            });
        }
        return sample(client, registrations, samples, deadline, stop, background, STEADY_SECTION,
                ratePerSecond + " registrations/s asked", () -> String.format(java.util.Locale.ROOT,
                        ", %.0f/s answered", answered.get() / ((System.nanoTime() - start) / 1e9)));
    }

    private static boolean registerQuietly(RegisterClient client, Registrations registrations) {
        try {
            registrations.register(client);
            return true;
        } catch (RuntimeException e) {
            // a failed background request only lightens the load; the samples carry the measurement
            return false;
        }
    }

    private static List<Figure> sample(RegisterClient client, Registrations registrations, int samples, long deadline,
                                       AtomicBoolean stop, ExecutorService background, String section, String load,
                                       java.util.function.Supplier<String> achieved) {
        Histogram lag = new Histogram(HIGHEST_MICROS, 3);
        Histogram projectedGet = new Histogram(HIGHEST_MICROS, 3);
        int timedOut = 0;
        String achievedNote;
        try {
            for (int i = 0; i < samples && System.nanoTime() < deadline; i++) {
                UUID customerId = registrations.register(client);
                long registered = System.nanoTime();
                if (!awaitView(client, customerId, registered)) {
                    timedOut++;
                    continue;
                }
                lag.recordValue(Math.min((System.nanoTime() - registered) / 1000, HIGHEST_MICROS));
                long before = System.nanoTime();
                if (viewAnswers(client, customerId)) {
                    projectedGet.recordValue(Math.min((System.nanoTime() - before) / 1000, HIGHEST_MICROS));
                }
            }
        } finally {
            achievedNote = achieved.get();
            stop.set(true);
            background.shutdown();
            try {
                if (!background.awaitTermination(60, TimeUnit.SECONDS)) {
                    background.shutdownNow();
                }
            } catch (InterruptedException e) {
                background.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        String note = "n=" + lag.getTotalCount() + ", not projected within " + SAMPLE_LIMIT.toSeconds() + " s: " + timedOut
                + "; " + load + achievedNote;
        List<Figure> figures = new ArrayList<>();
        for (double percentile : new double[]{50, 99}) {
            figures.add(Figure.against(section, "registration 201 to view 200: p" + (int) percentile,
                    millis(lag, percentile), "ms", "GET of a projected view, same load", millis(projectedGet, percentile),
                    percentile == 50 ? note : ""));
        }
        return figures;
    }

    private static boolean awaitView(RegisterClient client, UUID customerId, long since) {
        while (System.nanoTime() - since < SAMPLE_LIMIT.toNanos()) {
            if (viewAnswers(client, customerId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean viewAnswers(RegisterClient client, UUID customerId) {
        return client.send(RegisterClient.STAFF, "GET", "/api/customers/" + customerId, null).statusCode() == 200;
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
