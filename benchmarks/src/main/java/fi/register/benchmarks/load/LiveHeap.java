package fi.register.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live heap of a child JVM: {@code jcmd <pid> GC.class_histogram} collects first and then counts only what is
 * reachable, so its total is what the process holds, not how far the collector let garbage pile up.
 */
final class LiveHeap {

    private LiveHeap() {
    }

    static long bytes(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (String line : output.split("\n")) {
                if (line.startsWith("Total")) {
                    String[] columns = line.trim().split("\\s+");
                    return Long.parseLong(columns[columns.length - 1]);
                }
            }
            throw new IllegalStateException("jcmd printed no histogram total for process " + pid);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Samples the live heap every {@code periodMillis} until closed; the largest sample is the peak. */
    static final class Peak implements AutoCloseable {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;

        Peak(long pid, long periodMillis) {
            sampler = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(bytes(pid), Math::max);
                    try {
                        Thread.sleep(periodMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "live-heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        long peakBytes() {
            return peak.get();
        }

        @Override
        public void close() {
            running.set(false);
            sampler.interrupt();
            try {
                sampler.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
