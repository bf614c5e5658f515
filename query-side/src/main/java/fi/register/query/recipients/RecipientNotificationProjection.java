package fi.register.query.recipients;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import fi.register.events.EventMetadata;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.DisclosedFieldsChanged;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.disclosure.RecipientChange;
import fi.register.events.disclosure.RecipientNotifiedEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRectifiedEvent;
import fi.register.events.order.DeliveryAddressRectifiedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.eq;

/**
 * The recipients still to be told of a rectification or erasure, and those told (GDPR Art. 19): one document per
 * disclosure and change that reached it ({@code recipients_to_tell}, {@code _id} = disclosure id and the change's
 * sequence number, as the aggregate keys its duties), with the disclosures it reads them from
 * ({@code recipient_disclosures}). Which fields a change reaches is {@link DisclosedFieldsChanged}'s reading, the very
 * one the aggregate refuses a notification by, so the list never offers what the command side would refuse.
 * <p>
 * Ids, named parties' codes, field names and times only: never a free-text recipient nor a value, so nothing here
 * needs the subject's key, it is rebuilt the same after an erasure, and the erasure leaves it (its recipients are
 * still to be told; the documents are marked {@code subjectErased}). Idempotent without transactions: inserted once
 * ({@code $setOnInsert}), settled by a {@code $set} that writes the same again when a batch is delivered again.
 */
@Component
@ProcessingGroup(RecipientNotificationProjection.PROCESSING_GROUP)
class RecipientNotificationProjection {

    static final String PROCESSING_GROUP = "recipient-notifications";
    static final String TO_TELL = "recipients_to_tell";
    static final String DISCLOSURES = "recipient_disclosures";

    private final MongoCollection<Document> toTell;
    private final MongoCollection<Document> disclosures;

    RecipientNotificationProjection(MongoDatabase projectionDatabase) {
        this.toTell = projectionDatabase.getCollection(TO_TELL);
        this.disclosures = projectionDatabase.getCollection(DISCLOSURES);
        toTell.createIndex(Indexes.ascending("customerId"));
        disclosures.createIndex(Indexes.ascending("customerId"));
    }

    @EventHandler
    void on(PersonalDataDisclosedEvent event) {
        Document disclosure = new Document("customerId", event.customerId().toString())
                .append("namedParty", event.namedParty())
                .append("fields", event.fields().stream().map(Enum::name).sorted().toList())
                .append("orderId", event.orderId() == null ? null : event.orderId().toString())
                .append("disclosedAt", Date.from(event.disclosedAt()));
        disclosures.updateOne(eq("_id", event.disclosureId().toString()), new Document("$setOnInsert", disclosure),
                new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(CustomerRectifiedEvent event, @SequenceNumber long sequence) {
        changed(event, event.customerId(), sequence, event.rectifiedAt());
    }

    @EventHandler
    void on(InterviewRectifiedEvent event, @SequenceNumber long sequence) {
        changed(event, event.customerId(), sequence, event.rectifiedAt());
    }

    @EventHandler
    void on(DeliveryAddressRectifiedEvent event, @SequenceNumber long sequence) {
        changed(event, event.customerId(), sequence, event.rectifiedAt());
    }

    @EventHandler
    void on(SubjectErasedEvent event, @SequenceNumber long sequence) {
        changed(event, event.customerId(), sequence, event.erasedAt());
        toTell.updateMany(eq("customerId", event.customerId().toString()),
                new Document("$set", new Document("subjectErased", true)));
    }

    @EventHandler
    void on(RecipientNotifiedEvent event, @MetaDataValue(EventMetadata.ACTOR) String actor, @Timestamp Instant at) {
        toTell.updateOne(eq("_id", key(event.disclosureId(), event.changeSequence())), new Document("$set",
                new Document("outcome", event.outcome().name())
                        .append("recordedAt", Date.from(event.recordedAt() == null ? at : event.recordedAt()))
                        .append("recordedBy", actor)));
    }

    private void changed(Object change, UUID customerId, long sequence, Instant changedAt) {
        RecipientChange kind = DisclosedFieldsChanged.kindOf(change).orElseThrow();
        for (Document disclosure : disclosures.find(eq("customerId", customerId.toString()))) {
            Set<DisclosedField> disclosed = disclosure.getList("fields", String.class).stream()
                    .map(DisclosedField::valueOf).collect(Collectors.toSet());
            String orderId = disclosure.getString("orderId");
            Set<DisclosedField> reached = DisclosedFieldsChanged.reachedBy(change, disclosed,
                    orderId == null ? null : UUID.fromString(orderId));
            if (reached.isEmpty()) {
                continue;
            }
            String disclosureId = disclosure.getString("_id");
            List<String> fields = reached.stream().map(Enum::name).sorted().toList();
            Document duty = new Document("customerId", customerId.toString())
                    .append("disclosureId", disclosureId)
                    .append("namedParty", disclosure.getString("namedParty"))
                    .append("disclosedAt", disclosure.getDate("disclosedAt"))
                    .append("changeSequence", sequence)
                    .append("change", kind.name())
                    .append("changedAt", Date.from(changedAt))
                    .append("fields", fields)
                    .append("subjectErased", kind == RecipientChange.ERASURE);
            toTell.updateOne(eq("_id", key(UUID.fromString(disclosureId), sequence)), new Document("$setOnInsert", duty),
                    new UpdateOptions().upsert(true));
        }
    }

    static String key(UUID disclosureId, long changeSequence) {
        return disclosureId + "@" + changeSequence;
    }

    @ResetHandler
    void reset() {
        toTell.deleteMany(new Document());
        disclosures.deleteMany(new Document());
    }
}
