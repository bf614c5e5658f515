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
 * aggregate, so its cost may grow with the history; the shortest history is the baseline. Before the erasure, the
 * history's last rectification is timed too: a plain command on the same subject, against the same baseline.
 */
final class ErasureLatency {

    private static final String SECTION = "Erasure";
    private static final String[] LAST_NAMES = {"Rectified", "Corrected"};
    private static final int PREPARING_CLIENTS = 4;
    /**
     * Per history length: without snapshots every command re-reads the whole history, so building n events costs n²
     * event reads, about five minutes for 5,000 on two shared cores.
     */
    private static final Duration PREPARATION_LIMIT = Duration.ofMinutes(8);

    private ErasureLatency() {
    }

    static List<Figure> measure(RegisterClient client, Registrations registrations, List<Integer> histories,
                                int subjectsPerSize) {
        // the first erasure of a run loads and compiles the whole erasure path; it would be counted against the
        // shortest history otherwise
        prepare(client, registrations, 2, 2, deadline()).forEach(subject -> erase(client, subject));
        List<double[]> erasuresPerSize = new ArrayList<>();
        List<double[]> rectificationsPerSize = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int events : histories) {
            // all but the last event here; the last one is the timed rectification
            List<UUID> subjects = prepare(client, registrations, events - 1, subjectsPerSize, deadline());
            double[] rectifications = subjects.stream().mapToDouble(subject -> rectify(client, subject, events - 1))
                    .filter(m -> m >= 0).toArray();
            double[] erasures = subjects.stream().mapToDouble(subject -> erase(client, subject)).filter(m -> m >= 0).toArray();
            erasuresPerSize.add(erasures);
            rectificationsPerSize.add(rectifications);
            notes.add("n=" + erasures.length + " of " + subjectsPerSize + " subjects prepared and erased");
        }
        List<Figure> figures = new ArrayList<>();
        double baseline = median(erasuresPerSize.get(0));
        for (int i = 0; i < histories.size(); i++) {
            figures.add(Figure.against(SECTION, "erase a subject with " + histories.get(i) + " events of history: median",
                    median(erasuresPerSize.get(i)), "ms",
                    "erasure with " + histories.get(0) + " events", baseline, notes.get(i)));
        }
        double rectificationBaseline = median(rectificationsPerSize.get(0));
        for (int i = 0; i < histories.size(); i++) {
            figures.add(Figure.against(SECTION, "rectify a subject, the " + histories.get(i) + "th event of its history: median",
                    median(rectificationsPerSize.get(i)), "ms",
                    "rectification as the " + histories.get(0) + "th event", rectificationBaseline,
                    "n=" + rectificationsPerSize.get(i).length + " of " + subjectsPerSize + " subjects"));
        }
        return figures;
    }

    private static long deadline() {
        return System.nanoTime() + PREPARATION_LIMIT.toNanos();
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
                    if (rectify(client, subject, e) < 0) {
                        throw new IllegalStateException("A rectification was refused");
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

    /** Milliseconds to the 2xx, or -1 when the rectification (the subject's {@code event}th) was not accepted. */
    private static double rectify(RegisterClient client, UUID subject, int event) {
        String body = "{\"lastName\":\"" + LAST_NAMES[event % 2] + "\"}";
        long before = System.nanoTime();
        int status = client.send(RegisterClient.STAFF, "PUT", "/api/customers/" + subject, body).statusCode();
        double millis = (System.nanoTime() - before) / 1e6;
        return status / 100 == 2 ? millis : -1;
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
