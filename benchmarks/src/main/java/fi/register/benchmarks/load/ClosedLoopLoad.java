package fi.register.benchmarks.load;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed number of clients, each sending its next request as soon as the last one is answered (closed loop), until
 * a request count or a deadline is reached, whichever comes first. Latencies go into an HdrHistogram, so p99.9 is
 * read from every sample and not estimated.
 */
final class ClosedLoopLoad {

    /** One request; true when it was answered as expected. */
    @FunctionalInterface
    interface Call {
        boolean run();
    }

    record Result(int clients, long succeeded, long failed, double seconds, Histogram micros) {

        double throughputPerSecond() {
            return seconds > 0 ? (succeeded + failed) / seconds : Double.NaN;
        }

        double percentileMillis(double percentile) {
            return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private static final long HIGHEST_MICROS = Duration.ofMinutes(2).toNanos() / 1000;
    private static final Duration STRAGGLER_GRACE = Duration.ofSeconds(45);

    private ClosedLoopLoad() {
    }

    static Result run(int clients, long maxRequests, Duration maxTime, Call call) {
        AtomicLong issued = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + maxTime.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Histogram>> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
                while (issued.getAndIncrement() < maxRequests && System.nanoTime() < deadline) {
                    long before = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.run();
                    } catch (RuntimeException e) {
                        ok = false;
                    }
                    long micros = (System.nanoTime() - before) / 1000;
                    if (ok) {
                        histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
                    } else {
                        failed.incrementAndGet();
                    }
                }
                return histogram;
            }));
        }
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        pool.shutdown();
        try {
            // every request has its own timeout, so the workers end shortly after the deadline
            if (!pool.awaitTermination(maxTime.plus(STRAGGLER_GRACE).toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
            for (Future<Histogram> worker : workers) {
                if (worker.isDone() && !worker.isCancelled()) {
                    all.add(worker.get());
                }
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A load worker failed", e.getCause());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(clients, all.getTotalCount(), failed.get(), seconds, all);
    }
}
