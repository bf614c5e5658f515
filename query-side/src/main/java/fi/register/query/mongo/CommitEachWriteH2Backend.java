package fi.register.query.mongo;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The embedded projection store's H2 backend, made crash-consistent: every command runs alone, and what a write
 * changed is committed to the file before its answer goes back.
 * <p>
 * Out of the box the MVStore commits in the background once a second, whatever is half done: a document's {@code _id}
 * index entry can reach the file without the document. After a {@code kill -9} the projection then replays the event
 * (its token was not saved yet), the insert-once upsert finds the id in the index, writes nothing, and the view lacks
 * that customer for good. Here a commit never falls inside a command, so a killed register restarts from a state
 * where each document is whole; the tokens behind it make the projections apply again whatever came after.
 * A committed version is written to the file, not forced to the disk: it survives the process, not the machine.
 */
final class CommitEachWriteH2Backend extends H2Backend {

    private final ReentrantLock oneCommandAtATime = new ReentrantLock();

    private CommitEachWriteH2Backend(MVStore store) {
        super(store);
    }

    static CommitEachWriteH2Backend open(Path file) {
        return new CommitEachWriteH2Backend(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open());
    }

    /** Every command of the MongoDB driver this register uses arrives as a message (OP_MSG). */
    @Override
    public Document handleMessage(MongoMessage message) {
        return committed(() -> super.handleMessage(message));
    }

    /** The legacy query operation, for a client that still sends one. */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return committed(() -> super.handleQuery(query));
    }

    private <T> T committed(Supplier<T> command) {
        oneCommandAtATime.lock();
        try {
            T answer = command.get();
            if (getMvStore().hasUnsavedChanges()) {
                getMvStore().commit();
            }
            return answer;
        } finally {
            oneCommandAtATime.unlock();
        }
    }
}
