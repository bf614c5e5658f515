package fi.register.benchmarks.load;

import fi.register.benchmarks.report.Figure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The DPO's erasure of a subject with a short history against one with a long history: registration plus
 * rectifications (alternating last names, so each one is a real change and an event). The erasure loads the
 * aggregate, so its cost may grow with the history; the shortest history is the baseline.
 */
final class ErasureLatency {

    private static final String SECTION = "Erasure";
    private static final String[] LAST_NAMES = {"Rectified", "Corrected"};
    private static final int PREPARING_CLIENTS = 4;
    private static final Duration PREPARATION_LIMIT = Duration.ofMinutes(4);

    private ErasureLatency() {
    }

    static List<Figure> measure(RegisterClient client, Registrations registrations, List<Integer> histories,
                                int subjectsPerSize) {
        long deadline = System.nanoTime() + PREPARATION_LIMIT.toNanos();
        // the first erasure of a run loads and compiles the whole erasure path; it would be counted against the
        // shortest history otherwise
        prepare(client, registrations, 2, 2, deadline).forEach(subject -> erase(client, subject));
        List<double[]> millisPerSize = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int events : histories) {
            List<UUID> subjects = prepare(client, registrations, events, subjectsPerSize, deadline);
            double[] millis = subjects.stream().mapToDouble(subject -> erase(client, subject)).filter(m -> m >= 0).toArray();
            millisPerSize.add(millis);
            notes.add("n=" + millis.length + " of " + subjectsPerSize + " subjects prepared and erased");
        }
        List<Figure> figures = new ArrayList<>();
        double baseline = median(millisPerSize.get(0));
        for (int i = 0; i < histories.size(); i++) {
            figures.add(Figure.against(SECTION, "erase a subject with " + histories.get(i) + " events of history: median",
                    median(millisPerSize.get(i)), "ms",
                    "erasure with " + histories.get(0) + " events", baseline, notes.get(i)));
        }
        return figures;
    }

    /** Subjects with exactly {@code events} events each, built in parallel (each subject on one client). */
    private static List<UUID> prepare(RegisterClient client, Registrations registrations, int events, int subjects,
                                      long deadline) {
        ExecutorService pool = Executors.newFixedThreadPool(PREPARING_CLIENTS);
        List<Future<UUID>> prepared = new ArrayList<>();
        for (int i = 0; i < subjects; i++) {
            Callable<UUID> build = () -> {
                UUID subject = registrations.register(client);
                for (int e = 1; e < events; e++) {
                    if (System.nanoTime() > deadline) {
                        return null; // out of time: this subject's history is short, so it is left out
                    }
                    String body = "{\"lastName\":\"" + LAST_NAMES[e % 2] + "\"}";
                    int status = client.send(RegisterClient.STAFF, "PUT", "/api/customers/" + subject, body).statusCode();
                    if (status / 100 != 2) {
                        throw new IllegalStateException("Rectification answered " + status);
                    }
                }
                return subject;
            };
            prepared.add(pool.submit(build));
        }
        pool.shutdown();
        List<UUID> ready = new ArrayList<>();
        try {
            pool.awaitTermination(PREPARATION_LIMIT.toSeconds() + 60, TimeUnit.SECONDS);
            for (Future<UUID> subject : prepared) {
                if (subject.isDone() && !subject.isCancelled()) {
                    try {
                        UUID id = subject.get();
                        if (id != null) {
                            ready.add(id);
                        }
                    } catch (java.util.concurrent.ExecutionException failed) {
                        // counted as missing in the note
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        return ready;
    }

    /** Milliseconds to the 204, or -1 when the erasure was not answered as expected. */
    private static double erase(RegisterClient client, UUID subject) {
        long before = System.nanoTime();
        int status = client.send(RegisterClient.DPO, "POST", "/api/customers/" + subject + "/erasure", null).statusCode();
        double millis = (System.nanoTime() - before) / 1e6;
        return status == 204 ? millis : -1;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
