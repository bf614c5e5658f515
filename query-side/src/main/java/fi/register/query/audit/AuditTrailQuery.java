package fi.register.query.audit;

import fi.register.events.LegalBasis;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.empty;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

/**
 * What the data protection officer asked of the trail: each filter given narrows it (all of them together), none
 * given is the whole trail, paged. Already checked ({@link AuditTrailParameters}); null means "any".
 *
 * @param from inclusive
 * @param to   exclusive
 */
record AuditTrailQuery(UUID customerId, String actor, String eventType, LegalBasis legalBasis, AuditEntry.Kind kind,
                       Instant from, Instant to) {

    // the keys of the audit_trail documents (AuditTrailProjection)
    static final String POSITION = "position";
    static final String AT = "at";
    static final String KIND = "kind";
    static final String CUSTOMER_ID = "customerId";
    static final String SEQUENCE = "sequence";
    static final String EVENT_TYPE = "eventType";
    static final String ACTOR = "actor";
    static final String CORRELATION_ID = "correlationId";
    static final String LEGAL_BASIS = "legalBasis";
    static final String CONSENT_ID = "consentId";
    static final String WHAT = "what";
    static final String OUTCOME = "outcome";

    Bson filter() {
        List<Bson> filters = new ArrayList<>();
        if (customerId != null) {
            filters.add(eq(CUSTOMER_ID, customerId.toString()));
        }
        if (actor != null) {
            filters.add(eq(ACTOR, actor));
        }
        if (eventType != null) {
            filters.add(eq(EVENT_TYPE, eventType));
        }
        if (legalBasis != null) {
            filters.add(eq(LEGAL_BASIS, legalBasis.name()));
        }
        if (kind != null) {
            filters.add(eq(KIND, kind.name()));
        }
        if (from != null) {
            filters.add(gte(AT, Date.from(from)));
        }
        if (to != null) {
            filters.add(lt(AT, Date.from(to)));
        }
        return filters.isEmpty() ? empty() : and(filters);
    }
}
