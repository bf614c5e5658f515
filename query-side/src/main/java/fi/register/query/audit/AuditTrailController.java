package fi.register.query.audit;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.query.problem.QueryRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The data protection officer's audit-trail review: who did what (every event's metadata) and who read what (the read
 * audit), merged in time order. Not itself recorded in the read audit: it shows ids, types, times, actors and legal
 * bases, never personal data.
 */
@RestController
@Tag(name = "Audit trail", description = "Who did what and who read what (data protection officer)")
class AuditTrailController {

    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private final AuditTrail trail;

    AuditTrailController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "One subject's trail (customerId), or every subject's in a time window (from, to: ISO-8601 "
            + "instants, from inclusive, to exclusive), oldest first, paged by offset and limit (default 100, at most 1000).")
    AuditPage trail(@RequestParam(required = false) UUID customerId,
                    @RequestParam(required = false) Instant from,
                    @RequestParam(required = false) Instant to,
                    @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                    @RequestParam(defaultValue = "0") @Min(0) int offset) {
        if (customerId == null && from == null) {
            // the whole register's trail in one go is a bulk export, not a review: ask for a window
            throw new QueryRefusedException(Refusal.INVALID_FIELD, "Give customerId, or from (and to) for a time window.");
        }
        if (!isDate(from) || !isDate(to)) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD,
                    "from and to must lie between 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z.");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD, "from must be before to.");
        }
        List<AuditEntry> entries = trail.entries(customerId, from, to);
        int start = Math.min(offset, entries.size());
        int end = Math.min(entries.size(), start + limit);
        return new AuditPage(entries.subList(start, end), offset, limit, entries.size(),
                end < entries.size() ? end : null);
    }

    /** Four-digit years, as ISO 8601 writes them without agreement: what the stores' date types all hold. */
    private static boolean isDate(Instant instant) {
        return instant == null || !(instant.isBefore(EARLIEST) || instant.isAfter(LATEST));
    }
}
