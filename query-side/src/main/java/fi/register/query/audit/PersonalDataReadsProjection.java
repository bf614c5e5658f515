package fi.register.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import fi.register.events.audit.PersonalDataReadEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * The read audit, indexed for the trail: one document per {@link PersonalDataReadEvent} in
 * {@code personal_data_reads} ({@code _id} = the event's identifier, {@code customerId}, {@code reader}, {@code what},
 * {@code purpose}, {@code readAt}, {@code position} in the event store), so one subject's reads or a window's are found
 * without scanning the whole event store. Only a copy: the event store holds the reads, so deleting the projection
 * store and replaying rebuilds this exactly.
 * <p>
 * Idempotent without transactions: a read is inserted once under its event identifier, so a batch delivered again
 * after a crash writes nothing twice. Not erased with the subject: it holds no personal data of the subject, and is
 * the record of who saw the data before the erasure. A failure to write is not skipped: the processor retries the
 * batch ({@link ReadAuditErrors}).
 */
@Component
@ProcessingGroup(PersonalDataReadsProjection.PROCESSING_GROUP)
class PersonalDataReadsProjection {

    static final String PROCESSING_GROUP = "read-audit";
    static final String COLLECTION = "personal_data_reads";
    /** The read's place in the event store: the order of reads made within the same millisecond. */
    static final String POSITION = "position";

    private final MongoCollection<Document> reads;

    PersonalDataReadsProjection(MongoDatabase projectionDatabase) {
        this.reads = projectionDatabase.getCollection(COLLECTION);
        reads.createIndex(Indexes.ascending("customerId"));
        reads.createIndex(Indexes.ascending("readAt"));
    }

    @EventHandler
    void on(PersonalDataReadEvent event, @MessageIdentifier String eventId, TrackingToken token) {
        // idempotent in the store itself: a read delivered again after a crash is already indexed (a duplicate-key
        // error caught here would fail the batch's held bulk write instead, again and again: BatchedWrites)
        reads.updateOne(Filters.eq("_id", eventId), new Document("$setOnInsert", new Document("customerId", event.customerId().toString())
                .append("reader", event.reader())
                .append("what", event.what().name())
                .append("purpose", event.purpose().name())
                .append("readAt", Date.from(event.readAt()))
                .append(POSITION, token.position().orElse(-1))), new UpdateOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        reads.deleteMany(new Document());
    }
}
