package fi.register.crypto;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code data_keys} collection as the Mongo key store and the rotation use it, with the concerns that make a key
 * as durable as the events that need it.
 * <ul>
 *   <li>Writes at {@code w: majority, j: true}: acknowledged only once a majority of the members has the key (or the
 *       tombstone) in its journal, so it survives the loss of any minority and can never be rolled back by a failover.
 *       A key acknowledged at {@code w: 1} could vanish in a rollback after events were encrypted under it: those
 *       events would be unreadable for good, an erasure nobody asked for.</li>
 *   <li>Reads at read concern {@code majority} from the primary: a key is used only once it is majority-committed,
 *       never a key some other process's unacknowledged write left on the primary alone.</li>
 *   <li>The one read after a lost insert at {@code linearizable}: the winner's document may be on the primary but not
 *       majority-committed yet, so a majority read could miss it; a linearizable read returns it once it is, and never
 *       answers from a primary that has already been deposed. Not used for every read: it costs a round of the
 *       majority per read, and a stale majority read elsewhere cannot create a second key (the unique {@code _id}
 *       refuses it) nor revive an erased one (the tombstone replaced it).</li>
 * </ul>
 * Timeouts come from the client's settings (the URI's {@code timeoutMS}, {@code serverSelectionTimeoutMS}): without
 * them a majority write or a linearizable read waits as long as the majority is out of reach.
 */
final class MongoKeyCollection {

    static final String NAME = "data_keys";
    static final String ID = "_id";
    static final String MASTER = "master";
    static final String WRAPPED = "wrapped";
    static final String ERASED = "erased";

    private final MongoCollection<Document> collection;

    MongoKeyCollection(MongoDatabase database) {
        this.collection = database.getCollection(NAME)
                .withWriteConcern(WriteConcern.MAJORITY.withJournal(true))
                .withReadConcern(ReadConcern.MAJORITY)
                .withReadPreference(ReadPreference.primary());
    }

    /** With the concerns above: what the tests check, since mongo-java-server accepts any concern and ignores it. */
    MongoCollection<Document> collection() {
        return collection;
    }

    static boolean isTombstone(Document document) {
        return Boolean.TRUE.equals(document.getBoolean(ERASED));
    }

    Optional<Document> read(UUID subjectId) {
        return Optional.ofNullable(collection.find(bySubject(subjectId)).first());
    }

    Optional<Document> readLatest(UUID subjectId) {
        return Optional.ofNullable(collection.withReadConcern(ReadConcern.LINEARIZABLE).find(bySubject(subjectId)).first());
    }

    /** @throws MongoWriteException a duplicate key when a key or a tombstone of the subject is there already */
    void insert(UUID subjectId, String masterKeyId, byte[] wrapped) {
        collection.insertOne(new Document(ID, subjectId.toString())
                .append(MASTER, masterKeyId)
                .append(WRAPPED, new Binary(wrapped)));
    }

    /**
     * Replaces whatever the subject's document holds by the tombstone, or inserts it. Two upserts of one new id can
     * collide on the unique index (older servers do not retry that themselves): the second one then replaces.
     *
     * @return whether a key was there to destroy
     */
    boolean layTombstone(UUID subjectId) {
        FindOneAndReplaceOptions options = new FindOneAndReplaceOptions()
                .upsert(true)
                .returnDocument(ReturnDocument.BEFORE)
                .projection(Projections.include(MASTER));
        Document tombstone = new Document(ID, subjectId.toString()).append(ERASED, true);
        Document before;
        try {
            before = collection.findOneAndReplace(bySubject(subjectId), tombstone, options);
        } catch (MongoCommandException e) {
            if (ErrorCategory.fromErrorCode(e.getErrorCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            before = collection.findOneAndReplace(bySubject(subjectId), tombstone, options);
        }
        return before != null && before.containsKey(MASTER);
    }

    /** Every key not wrapped by the given master (tombstones hold none). */
    List<Document> keysNotWrappedBy(String masterKeyId) {
        return collection.find(Filters.and(Filters.exists(WRAPPED), Filters.ne(MASTER, masterKeyId)))
                .into(new ArrayList<>());
    }

    /**
     * Replaces the wrapped key only if the document is still as read: an erasure meanwhile replaced it by a
     * tombstone, which this update then leaves alone.
     */
    boolean rewrap(Document asRead, String masterKeyId, byte[] wrapped) {
        Bson unchanged = Filters.and(
                Filters.eq(ID, asRead.getString(ID)),
                Filters.eq(MASTER, asRead.getString(MASTER)),
                Filters.eq(WRAPPED, asRead.get(WRAPPED, Binary.class)));
        Document update = new Document("$set", new Document(MASTER, masterKeyId).append(WRAPPED, new Binary(wrapped)));
        return collection.updateOne(unchanged, update).getModifiedCount() > 0;
    }

    private static Bson bySubject(UUID subjectId) {
        return Filters.eq(ID, subjectId.toString());
    }
}
