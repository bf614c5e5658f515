package fi.register.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail: either an event (who did what, on which basis) or a read of personal data (who saw
 * what). Metadata only, never a payload, so the trail holds no personal data.
 *
 * @param kind EVENT or READ; the fields of the other kind are left out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AuditEntry(Kind kind, Instant at, UUID customerId, Long sequence, String eventType, String actor,
                  String correlationId, String legalBasis, String consentId, String reader, String what) {

    enum Kind { EVENT, READ }

    static AuditEntry event(UUID customerId, long sequence, Instant at, String eventType, String actor,
                            String correlationId, String legalBasis, String consentId) {
        return new AuditEntry(Kind.EVENT, at, customerId, sequence, eventType, actor, correlationId, legalBasis,
                consentId, null, null);
    }

    static AuditEntry read(UUID customerId, Instant at, String reader, String what) {
        return new AuditEntry(Kind.READ, at, customerId, null, null, null, null, null, null, reader, what);
    }
}
