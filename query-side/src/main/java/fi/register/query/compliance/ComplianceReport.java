package fi.register.query.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one replay found. Ids, times, types and legal bases only: the report holds no personal data.
 *
 * @param checks for each rule, how many events (subjects, for retention) it was checked against: zero findings
 *               over zero checks proves nothing, and this shows which it was
 */
record ComplianceReport(long replayedEvents, long subjects, Instant checkedAt, List<Finding> findings,
                        Map<ComplianceRule, Long> checks) {
}
