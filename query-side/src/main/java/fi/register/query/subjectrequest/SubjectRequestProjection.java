package fi.register.query.subjectrequest;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.subjectrequest.SubjectRequestAnsweredEvent;
import fi.register.events.subjectrequest.SubjectRequestReceivedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Date;

import static com.mongodb.client.model.Filters.eq;

/**
 * The data subjects' requests still open ({@code open_subject_requests}, one document per request, {@code _id} = the
 * request id), for the data protection officer's list of deadlines. Ids, codes and dates only: the subject's id, the
 * kind and channel, when it arrived and by when it must be answered. Nothing personal, so nothing here needs the
 * subject's key, and an erasure may leave it: the erasure answers every open request first (the command side's
 * {@code SubjectRequests}), which removes them; a request left open by a history written otherwise stays, as ids and
 * dates, marked {@code subjectErased}.
 * <p>
 * Idempotent without transactions: a request is inserted once ({@code $setOnInsert}) and deleted by its answer; a
 * batch delivered again after a crash replays both in order and ends the same.
 */
@Component
@ProcessingGroup(SubjectRequestProjection.PROCESSING_GROUP)
class SubjectRequestProjection {

    static final String PROCESSING_GROUP = "subject-requests";
    static final String OPEN_REQUESTS = "open_subject_requests";

    private final MongoCollection<Document> open;

    SubjectRequestProjection(MongoDatabase projectionDatabase) {
        this.open = projectionDatabase.getCollection(OPEN_REQUESTS);
        open.createIndex(Indexes.ascending("answerBy"));
    }

    @EventHandler
    void on(SubjectRequestReceivedEvent event) {
        Document request = new Document("customerId", event.customerId().toString())
                .append("kind", event.kind().name())
                .append("channel", event.channel().name())
                .append("receivedAt", Date.from(event.receivedAt()))
                .append("answerBy", Date.from(event.answerBy()))
                .append("subjectErased", false);
        open.updateOne(eq("_id", event.requestId().toString()), new Document("$setOnInsert", request),
                new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(SubjectRequestAnsweredEvent event) {
        open.deleteOne(eq("_id", event.requestId().toString()));
    }

    @EventHandler
    void on(SubjectErasedEvent event) {
        open.updateMany(eq("customerId", event.customerId().toString()),
                new Document("$set", new Document("subjectErased", true)));
    }

    @ResetHandler
    void reset() {
        open.deleteMany(new Document());
    }
}
