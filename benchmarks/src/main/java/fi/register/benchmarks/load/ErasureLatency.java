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
        // every history is built first; then the timed commands take turns across the lengths, subject by subject,
        // so a burst of load from elsewhere on the shared machine falls on all lengths alike
        List<List<UUID>> prepared = new ArrayList<>();
        for (int events : histories) {
            // all but the last event here; the last one is the timed rectification
            prepared.add(prepare(client, registrations, events - 1, subjectsPerSize, deadline()));
        }
        List<List<Double>> rectifications = inTurns(prepared, (subject, size) -> rectify(client, subject,
                histories.get(size) - 1));
        List<List<Double>> erasures = inTurns(prepared, (subject, size) -> erase(client, subject));
        List<double[]> erasuresPerSize = erasures.stream().map(ErasureLatency::accepted).toList();
        List<double[]> rectificationsPerSize = rectifications.stream().map(ErasureLatency::accepted).toList();
        List<String> notes = erasuresPerSize.stream()
                .map(millis -> "n=" + millis.length + " of " + subjectsPerSize + " subjects prepared and erased; "
                        + "lengths measured in turns").toList();
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

    /** One timed command per subject, the lengths taking turns; milliseconds per length, -1 for a refused one. */
    private static List<List<Double>> inTurns(List<List<UUID>> subjectsPerSize, TimedCommand command) {
        List<List<Double>> millis = new ArrayList<>();
        subjectsPerSize.forEach(subjects -> millis.add(new ArrayList<>()));
        int most = subjectsPerSize.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < most; i++) {
            for (int size = 0; size < subjectsPerSize.size(); size++) {
                if (i < subjectsPerSize.get(size).size()) {
                    millis.get(size).add(command.millis(subjectsPerSize.get(size).get(i), size));
                }
            }
        }
        return millis;
    }

    private interface TimedCommand {
        double millis(UUID subject, int size);
    }

    private static double[] accepted(List<Double> millis) {
        return millis.stream().mapToDouble(Double::doubleValue).filter(m -> m >= 0).toArray();
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
