package fi.register.query.mongo;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import fi.register.crypto.PersonalDataProtection;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The part every view of subjects' data shares, whatever it shows: it skips erased subjects, writes documents
 * insert-only, forgets a subject on erasure and empties itself for a replay. A projection holds one, registers its
 * collections with it and stays an explicit processing group with its own handlers; only the skeleton is here.
 * <p>
 * MongoDB is used without transactions, so writing insert-only ({@code $setOnInsert}) under the item's own id, or
 * only where the event was not applied yet ({@link #notYetApplied}), is what makes an event delivered again change
 * nothing.
 */
public final class ErasableView {

    /** The field naming the subject in a collection with many documents per subject. */
    public static final String SUBJECT = "customerId";
    /** The field in which a document that changes remembers the sequence number of the last event applied to it. */
    public static final String LAST_SEQUENCE = "lastSequence";

    private final PersonalDataProtection protection;
    private final List<HeldCollection> collections = new ArrayList<>();

    public ErasableView(PersonalDataProtection protection) {
        this.protection = protection;
    }

    /** A collection of many documents per subject, each naming it in {@value #SUBJECT}, indexed so a purge is cheap. */
    public MongoCollection<Document> itemsPerSubject(MongoDatabase database, String name) {
        MongoCollection<Document> collection = database.getCollection(name);
        collection.createIndex(Indexes.ascending(SUBJECT));
        return register(collection, id -> Filters.eq(SUBJECT, id.toString()));
    }

    /** A collection of one document per subject, keyed by the subject's id. */
    public MongoCollection<Document> onePerSubject(MongoDatabase database, String name) {
        return register(database.getCollection(name), id -> Filters.eq("_id", id.toString()));
    }

    /** A new document for a collection of many per subject, already naming its subject, so a purge finds it. */
    public Document newItem(UUID subjectId) {
        return new Document(SUBJECT, subjectId.toString());
    }

    /** The subject's documents in a collection of many per subject, in the order of one of their fields. */
    public FindIterable<Document> itemsOf(MongoCollection<Document> collection, UUID subjectId, String inOrderOf) {
        return collection.find(Filters.eq(SUBJECT, subjectId.toString())).sort(Sorts.ascending(inOrderOf));
    }

    /**
     * Whether the subject's key was destroyed. A replay, or a view lagging behind an erasure, must then write nothing:
     * not even the "[erased]" placeholders the events now read as.
     */
    public boolean isErased(UUID subjectId) {
        return protection.keyStore().isDestroyed(subjectId);
    }

    /** Writes the document unless one with this id exists: applying the same event again leaves what is there. */
    public void insertOnce(MongoCollection<Document> collection, String id, Document document) {
        collection.updateOne(Filters.eq("_id", id), new Document("$setOnInsert", document), new UpdateOptions().upsert(true));
    }

    /**
     * The document with this id only while the event at this sequence number is not applied to it yet, so an event
     * delivered again changes nothing. Events of one subject arrive in order on one thread, so reading with this
     * filter and then writing with it is safe.
     */
    public static Bson notYetApplied(String id, long sequence) {
        return Filters.and(Filters.eq("_id", id), Filters.lt(LAST_SEQUENCE, sequence));
    }

    /**
     * As {@link #notYetApplied}, for an item written insert-only before anything changed it: one without
     * {@value #LAST_SEQUENCE} yet takes its first change (a correction, issue 12).
     */
    public static Bson itemNotYetApplied(String id, long sequence) {
        return Filters.and(Filters.eq("_id", id),
                Filters.or(Filters.exists(LAST_SEQUENCE, false), Filters.lt(LAST_SEQUENCE, sequence)));
    }

    /**
     * Deletes everything the view holds about the subject, and the copy of their key cached here: the command side
     * destroyed the key, perhaps in another process. Handlers calling this are not replayed, since a replay skips
     * erased subjects altogether and there is nothing to purge then.
     */
    public void purge(UUID subjectId) {
        collections.forEach(held -> held.collection().deleteMany(held.subjectFilter().apply(subjectId)));
        protection.keyStore().evict(subjectId);
    }

    /** Empties every collection of the view for a replay. */
    public void reset() {
        collections.forEach(held -> held.collection().deleteMany(new Document()));
    }

    private MongoCollection<Document> register(MongoCollection<Document> collection, Function<UUID, Bson> subjectFilter) {
        collections.add(new HeldCollection(collection, subjectFilter));
        return collection;
    }

    /** A collection of the view and how to find one subject's documents in it. */
    private record HeldCollection(MongoCollection<Document> collection, Function<UUID, Bson> subjectFilter) {
    }
}
