package fi.register.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import fi.register.events.audit.PersonalDataReadEvent;
import fi.register.events.audit.SubjectAccessDeniedEvent;
import fi.register.query.metadata.RecordedMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.UUID;

/**
 * The audit trail, indexed: one document per event in the event store in {@code audit_trail}, so that the data
 * protection officer's filters (subject, actor, event type, legal basis, kind, time window, combined) are one query on
 * indexed keys and a page is read with skip and limit, instead of streaming the whole event store per request.
 * Metadata only: of an event's payload only its type's name is read (the payload is never deserialised, so nothing
 * personal is decoded); of a read or a refused request, the subject's id, who, and what. Only a copy: the event store
 * holds everything here, so deleting the projection store rebuilds it by replay. Idempotent without transactions
 * (each document under its event's identifier). Not erased with a subject: it holds no personal data, and it is the
 * record of what was done before the erasure.
 */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
class AuditTrailProjection {

    static final String PROCESSING_GROUP = "audit-trail";
    static final String COLLECTION = "audit_trail";

    private final MongoCollection<Document> trail;

    AuditTrailProjection(MongoDatabase projectionDatabase) {
        this.trail = projectionDatabase.getCollection(COLLECTION);
        // every filter is an equality on one key plus the window on "at", and every answer is sorted by (at, position)
        for (String key : new String[]{AuditTrailQuery.CUSTOMER_ID, AuditTrailQuery.ACTOR, AuditTrailQuery.EVENT_TYPE,
                AuditTrailQuery.LEGAL_BASIS, AuditTrailQuery.KIND}) {
            trail.createIndex(Indexes.ascending(key, AuditTrailQuery.AT, AuditTrailQuery.POSITION));
        }
        trail.createIndex(Indexes.ascending(AuditTrailQuery.AT, AuditTrailQuery.POSITION));
    }

    @EventHandler
    void on(PersonalDataReadEvent read, EventMessage<?> message, TrackingToken token) {
        insert(entry(message, token, AuditEntry.Kind.READ, read.customerId())
                .append(AuditTrailQuery.ACTOR, read.reader())
                .append(AuditTrailQuery.WHAT, read.what().name()));
    }

    @EventHandler
    void on(SubjectAccessDeniedEvent denied, EventMessage<?> message, TrackingToken token) {
        insert(entry(message, token, AuditEntry.Kind.DENIED, denied.customerId())
                .append(AuditTrailQuery.ACTOR, denied.user())
                .append(AuditTrailQuery.WHAT, denied.attempted())
                .append(AuditTrailQuery.OUTCOME, AuditEntry.DENIED));
    }

    /** Every other event: its metadata and its type's name, read from the serialized form. */
    @EventHandler(payloadType = Object.class)
    void on(EventMessage<?> message, TrackingToken token) {
        // an aggregate's event names its subject by the aggregate id; one appended outside any aggregate names none
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> ofAggregate && ofAggregate.getType() != null
                ? ofAggregate : null;
        UUID customerId = domain != null ? subject(domain.getAggregateIdentifier()) : null;
        RecordedMetadata metadata = RecordedMetadata.of(message.getMetaData());
        Document entry = entry(message, token, AuditEntry.Kind.EVENT, customerId)
                .append(AuditTrailQuery.EVENT_TYPE, typeOf(message))
                .append(AuditTrailQuery.ACTOR, metadata.actor())
                .append(AuditTrailQuery.CORRELATION_ID, metadata.correlationId())
                .append(AuditTrailQuery.LEGAL_BASIS, metadata.legalBasis())
                .append(AuditTrailQuery.CONSENT_ID, metadata.consentId());
        if (customerId != null) {
            entry.append(AuditTrailQuery.SEQUENCE, domain.getSequenceNumber());
        }
        insert(entry);
    }

    @ResetHandler
    void reset() {
        trail.deleteMany(new Document());
    }

    private static Document entry(EventMessage<?> message, TrackingToken token, AuditEntry.Kind kind, UUID customerId) {
        return new Document("_id", message.getIdentifier())
                .append(AuditTrailQuery.POSITION, token.position().orElse(-1))
                .append(AuditTrailQuery.AT, Date.from(message.getTimestamp()))
                .append(AuditTrailQuery.KIND, kind.name())
                .append(AuditTrailQuery.CUSTOMER_ID, customerId == null ? null : customerId.toString());
    }

    /**
     * Insert-only, and idempotent in the store itself: an entry delivered again after a crash is already there. A
     * duplicate-key error caught here would not do: the write is held for the batch's bulk write (BatchedWrites), where
     * the error would fail the whole batch again and again.
     */
    private void insert(Document entry) {
        Document fields = new Document(entry);
        Object id = fields.remove("_id");
        trail.updateOne(Filters.eq("_id", id), new Document("$setOnInsert", fields), new UpdateOptions().upsert(true));
    }

    private static UUID subject(String aggregateIdentifier) {
        try {
            return UUID.fromString(aggregateIdentifier);
        } catch (IllegalArgumentException notASubject) {
            return null;
        }
    }

    /** The type's simple name from the serialized form, so the payload is never deserialised for the trail. */
    private static String typeOf(EventMessage<?> message) {
        String name = message.getPayloadType().getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
