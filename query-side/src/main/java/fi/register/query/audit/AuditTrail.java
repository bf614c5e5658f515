package fi.register.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The audit trail, read from its index ({@link AuditTrailProjection}): who did what (every event's metadata), who
 * read what, and who was refused what about a subject, oldest first. One query on indexed keys per page and one
 * count, so a page costs the same whether the register holds a thousand events or a million (the old trail streamed
 * the whole event store for every window). The index follows the store within the projections' lag: an event or a
 * read shows in the trail a moment after it was recorded.
 */
@Component
class AuditTrail {

    private static final Bson IN_ORDER = Sorts.ascending(AuditTrailQuery.AT, AuditTrailQuery.POSITION);

    private final MongoCollection<Document> trail;

    AuditTrail(MongoDatabase projectionDatabase) {
        this.trail = projectionDatabase.getCollection(AuditTrailProjection.COLLECTION);
    }

    AuditPage page(AuditTrailQuery query, int offset, int limit) {
        Bson filter = query.filter();
        List<AuditEntry> entries = new ArrayList<>();
        for (Document entry : trail.find(filter).sort(IN_ORDER).skip(offset).limit(limit)) {
            entries.add(entryOf(entry));
        }
        // a short page that found something (or is the first) is the last one: its end is the total, no count needed;
        // one subject's trail is usually that, and the embedded store answers a count by scanning the collection again
        boolean lastPageSeen = entries.size() < limit && (offset == 0 || !entries.isEmpty());
        long total = lastPageSeen ? (long) offset + entries.size() : trail.countDocuments(filter);
        long end = (long) offset + entries.size();
        return new AuditPage(entries, offset, limit, total, end < total ? Integer.valueOf((int) end) : null);
    }

    private static AuditEntry entryOf(Document entry) {
        AuditEntry.Kind kind = AuditEntry.Kind.valueOf(entry.getString(AuditTrailQuery.KIND));
        String customerId = entry.getString(AuditTrailQuery.CUSTOMER_ID);
        UUID subject = customerId == null ? null : UUID.fromString(customerId);
        var at = entry.getDate(AuditTrailQuery.AT).toInstant();
        return switch (kind) {
            case EVENT -> AuditEntry.event(subject, entry.get(AuditTrailQuery.SEQUENCE, Number.class), at,
                    entry.getString(AuditTrailQuery.EVENT_TYPE), entry.getString(AuditTrailQuery.ACTOR),
                    entry.getString(AuditTrailQuery.CORRELATION_ID), entry.getString(AuditTrailQuery.LEGAL_BASIS),
                    entry.getString(AuditTrailQuery.CONSENT_ID));
            case READ -> AuditEntry.read(subject, at, entry.getString(AuditTrailQuery.ACTOR),
                    entry.getString(AuditTrailQuery.WHAT));
            case DENIED -> AuditEntry.denied(subject, at, entry.getString(AuditTrailQuery.ACTOR),
                    entry.getString(AuditTrailQuery.WHAT));
        };
    }
}
