package fi.register.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail: an event (who did what, on which basis), a read of personal data (who saw what), or
 * a request about a subject that was refused (who tried what). Metadata only, never a payload, so the trail holds no
 * personal data.
 *
 * @param kind    EVENT, READ or DENIED; the fields of the other kinds are left out
 * @param actor   who caused the event, or who was refused
 * @param what    what was read, or what was attempted ({@code GET /api/customers/{id}})
 * @param outcome {@value #DENIED} on a refused request
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AuditEntry(Kind kind, Instant at, UUID customerId, Long sequence, String eventType, String actor,
                  String correlationId, String legalBasis, String consentId, String reader, String what,
                  String outcome) {

    static final String DENIED = "DENIED";

    enum Kind { EVENT, READ, DENIED }

    static AuditEntry event(UUID customerId, Number sequence, Instant at, String eventType, String actor,
                            String correlationId, String legalBasis, String consentId) {
        return new AuditEntry(Kind.EVENT, at, customerId, sequence == null ? null : sequence.longValue(), eventType,
                actor, correlationId, legalBasis, consentId, null, null, null);
    }

    static AuditEntry read(UUID customerId, Instant at, String reader, String what) {
        return new AuditEntry(Kind.READ, at, customerId, null, null, null, null, null, null, reader, what, null);
    }

    static AuditEntry denied(UUID customerId, Instant at, String user, String attempted) {
        return new AuditEntry(Kind.DENIED, at, customerId, null, null, user, null, null, null, null, attempted, DENIED);
    }
}
