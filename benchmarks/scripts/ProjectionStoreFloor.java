// Single-file program (not part of the build): run as docs/architecture.md "One stream for all views" says.
import com.mongodb.client.*;
import com.mongodb.client.model.*;
import de.bwaldvogel.mongo.MongoServer;
import fi.register.query.mongo.memory.IndexedMemoryBackend;
import org.bson.Document;
import java.util.*;
import java.util.concurrent.*;

/**
 * The floor of a rebuild in the embedded default: what the embedded Mongo-wire server, through the MongoDB driver,
 * sustains doing nothing but a rebuild's writes. A rebuild of the generated 100,000-event history sends 3.42 writes
 * per event (counted at BatchedWrites.send): 2.6 insert-once upserts by _id ($setOnInsert: the audit trail, the
 * service-use facts and open items) and 0.8 updates of an existing document by _id ($set / $push: bookings, customers,
 * service events), in bulk writes of a 250-event batch, on two threads (the views' two segments). Events per second
 * of the floor = writes per second / 3.42. Each shape is timed in interleaved rounds; the median round counts.
 */
public class ProjectionStoreFloor {
    static final double WRITES_PER_EVENT = 3.42;
    static final int BATCH_EVENTS = 250, THREADS = 2;

    public static void main(String[] a) throws Exception {
        int events = Integer.parseInt(a[0]), rounds = Integer.parseInt(a[1]);
        MongoServer server = new MongoServer(new IndexedMemoryBackend());
        String uri = server.bindAndGetConnectionString();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase("floor");
            Map<String, List<Double>> eventsPerSecond = new LinkedHashMap<>();
            for (int round = 0; round <= rounds; round++) {
                for (String shape : List.of("the rebuild's mix", "insert-once upserts only", "plain inserts only")) {
                    db.drop();
                    double rate = run(db, shape, events);
                    if (round > 0) eventsPerSecond.computeIfAbsent(shape, k -> new ArrayList<>()).add(rate);
                }
            }
            eventsPerSecond.forEach((shape, rates) -> {
                Collections.sort(rates);
                System.out.printf("%-26s %,8.0f events/s on two idle cores, by CPU time (median of %d rounds, %d events each; writes/s = x %.2f)%n",
                        shape, rates.get(rates.size() / 2), rates.size(), events, WRITES_PER_EVENT);
            });
        } finally {
            server.shutdownNow();
        }
    }

    static double run(MongoDatabase db, String shape, int events) throws Exception {
        MongoCollection<Document> once = db.getCollection("once"), views = db.getCollection("views");
        int docs = Math.max(1, events / 18); // about 18 events per subject in the generated history
        List<WriteModel<Document>> seed = new ArrayList<>();
        for (int i = 0; i < docs; i++) {
            seed.add(new InsertOneModel<>(new Document("_id", "v" + i).append("customerId", UUID.randomUUID().toString())
                    .append("name", "sealed:" + "x".repeat(80)).append("items", new ArrayList<>()).append("lastSequence", 0L)));
        }
        views.bulkWrite(seed);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime(), cpuStart = cpu();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                Random random = new Random(thread);
                for (int from = thread * BATCH_EVENTS; from < events; from += THREADS * BATCH_EVENTS) {
                    List<WriteModel<Document>> onceWrites = new ArrayList<>(), viewWrites = new ArrayList<>();
                    for (int e = from; e < Math.min(events, from + BATCH_EVENTS); e++) {
                        int writes = random.nextDouble() < WRITES_PER_EVENT % 1 ? (int) WRITES_PER_EVENT + 1 : (int) WRITES_PER_EVENT;
                        for (int w = 0; w < writes; w++) {
                            boolean update = shape.startsWith("the rebuild") && random.nextDouble() < 0.8 / WRITES_PER_EVENT;
                            Document fact = new Document("month", "2025-03").append("measure", "bookings-made")
                                    .append("dimensions", new Document("service", "NEUROSONIC").append("channel", "PHONE"));
                            if (update) {
                                viewWrites.add(new UpdateOneModel<>(new Document("_id", "v" + random.nextInt(docs)),
                                        new Document("$set", new Document("lastSequence", (long) e))
                                                .append("$push", new Document("items", new Document("id", e).append("kind", "BOOKED")))));
                            } else if (shape.startsWith("plain")) {
                                onceWrites.add(new InsertOneModel<>(fact.append("_id", e + "/" + w)));
                            } else {
                                onceWrites.add(new UpdateOneModel<>(new Document("_id", e + "/" + w),
                                        new Document("$setOnInsert", fact), new UpdateOptions().upsert(true)));
                            }
                        }
                    }
                    if (!onceWrites.isEmpty()) once.bulkWrite(onceWrites, new BulkWriteOptions().ordered(true));
                    if (!viewWrites.isEmpty()) views.bulkWrite(viewWrites, new BulkWriteOptions().ordered(true));
                }
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        double wall = (System.nanoTime() - start) / 1e9, cpuSeconds = (cpu() - cpuStart) / 1e9;
        // on a shared machine the wall clock counts other processes' work too; the process's CPU time does not
        System.out.printf("  %s: wall %.1f s, CPU %.1f s%n", shape, wall, cpuSeconds);
        return events / (cpuSeconds / THREADS);
    }

    /** The process's CPU time, all threads (the driver's and the server's): the rate two idle cores would give. */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
