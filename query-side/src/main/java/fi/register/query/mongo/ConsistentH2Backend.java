package fi.register.query.mongo;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The embedded projection store's H2 backend, made crash-consistent: every command runs alone, and the file is only
 * ever committed between commands, never inside one.
 * <p>
 * Out of the box the MVStore commits in the background once a second, whatever is half done: a document's {@code _id}
 * index entry can reach the file without the document. After a {@code kill -9} the projection then replays the event
 * (its token was not saved), the insert-once upsert finds the id in the index, writes nothing, and the view lacks
 * that customer for good. Here the file is committed every {@link #COMMIT_INTERVAL}, between two commands. That is
 * enough: a processor saves its token only after its batch's documents were written (ProjectionProcessorsConfiguration),
 * so any state between two commands has no token ahead of its documents, and a killed register restarts from a state
 * where each document is whole and replays the rest. Readers in this process see every write at once, committed or
 * not, so committing more often would only cost time: committing at every token save as well (six processors, each
 * batch) held the one lock for a file write per batch and made projection lag p99 about a second under load.
 * Committed means written to the file, not forced to the disk: it survives the process.
 */
final class ConsistentH2Backend extends H2Backend {

    static final Duration COMMIT_INTERVAL = Duration.ofMillis(200);

    private final ReentrantLock oneCommandAtATime = new ReentrantLock();
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-store-commit");
        thread.setDaemon(true);
        return thread;
    });

    private ConsistentH2Backend(MVStore store) {
        super(store);
        long every = COMMIT_INTERVAL.toMillis();
        committer.scheduleWithFixedDelay(this::commitBetweenCommands, every, every, TimeUnit.MILLISECONDS);
    }

    static ConsistentH2Backend open(Path file) {
        return new ConsistentH2Backend(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open());
    }

    /** Every command of the MongoDB driver this register uses arrives as a message (OP_MSG). */
    @Override
    public Document handleMessage(MongoMessage message) {
        return alone(() -> super.handleMessage(message));
    }

    /** The legacy query operation, for a client that still sends one. */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return alone(() -> super.handleQuery(query));
    }

    @Override
    public void close() {
        committer.shutdownNow();
        commitBetweenCommands();
        super.close();
    }

    private <T> T alone(Supplier<T> command) {
        oneCommandAtATime.lock();
        try {
            return command.get();
        } finally {
            oneCommandAtATime.unlock();
        }
    }

    private void commitBetweenCommands() {
        oneCommandAtATime.lock();
        try {
            commitIfChanged();
        } finally {
            oneCommandAtATime.unlock();
        }
    }

    private void commitIfChanged() {
        if (!getMvStore().isClosed() && getMvStore().hasUnsavedChanges()) {
            getMvStore().commit();
        }
    }
}
