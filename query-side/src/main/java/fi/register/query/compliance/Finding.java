package fi.register.query.compliance;

import java.time.Instant;
import java.util.UUID;

/**
 * One broken promise. Ids, times, types and legal bases only, never a field's value, so the report can be handed
 * around and kept without becoming personal data of its own.
 *
 * @param eventSequence the event that broke the rule (for retention: the event the deadline was measured from)
 * @param at            when it happened (for retention: the deadline that was missed)
 */
record Finding(ComplianceRule rule, UUID customerId, long eventSequence, Instant at, String detail) {
}
