package fi.register.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import fi.register.events.audit.PersonalDataReadEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Date;

import static com.mongodb.client.model.Filters.eq;

/**
 * The read audit, indexed for the trail: one document per {@link PersonalDataReadEvent} in
 * {@code personal_data_reads} ({@code _id} = the event's identifier, {@code customerId}, {@code reader}, {@code what},
 * {@code readAt}), so one subject's reads or a window's are found without scanning the whole event store. Only a copy:
 * the event store holds the reads, so deleting the projection store and replaying rebuilds this exactly.
 * <p>
 * Idempotent without transactions: a read is written under its event identifier, so a batch delivered again after a
 * crash writes nothing twice. Not erased with the subject: it holds no personal data of the subject, and is the record
 * of who saw the data before the erasure. A failure to write is not skipped: the processor retries the batch
 * ({@link ReadAuditErrors}).
 */
@Component
@ProcessingGroup(PersonalDataReadsProjection.PROCESSING_GROUP)
class PersonalDataReadsProjection {

    static final String PROCESSING_GROUP = "read-audit";
    static final String COLLECTION = "personal_data_reads";

    private final MongoCollection<Document> reads;

    PersonalDataReadsProjection(MongoDatabase projectionDatabase) {
        this.reads = projectionDatabase.getCollection(COLLECTION);
        reads.createIndex(Indexes.ascending("customerId"));
        reads.createIndex(Indexes.ascending("readAt"));
    }

    @EventHandler
    void on(PersonalDataReadEvent event, @MessageIdentifier String eventId) {
        reads.replaceOne(eq("_id", eventId), new Document("_id", eventId)
                        .append("customerId", event.customerId().toString())
                        .append("reader", event.reader())
                        .append("what", event.what().name())
                        .append("readAt", Date.from(event.readAt())),
                new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        reads.deleteMany(new Document());
    }
}
