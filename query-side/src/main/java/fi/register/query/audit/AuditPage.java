package fi.register.query.audit;

import java.util.List;

/**
 * A page of the audit trail, oldest first.
 *
 * @param nextOffset the offset of the next page, null on the last one
 */
record AuditPage(List<AuditEntry> entries, int offset, int limit, long total, Integer nextOffset) {
}
