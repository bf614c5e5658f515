package fi.register.query.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The rules, one set of checks per subject: every rule of the notice is about one subject's own history, so a
 * subject's checks can decide and be dropped as soon as the history says that subject is complete. Read in subject
 * order ({@link EventTableHistory}), only the subject being read is ever held, and the replay's memory stays flat in
 * the history's length; read in the order recorded ({@link AxonStreamHistory}), every subject stays open until the end.
 */
final class ChecksPerSubject {

    private final Supplier<List<ComplianceCheck>> newChecks;
    private final Instant now;
    private final Map<UUID, List<ComplianceCheck>> open = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<ComplianceRule, Long> counts = new EnumMap<>(ComplianceRule.class);
    private long subjects;

    /** @param now the instant the rules that depend on "now" (retention) judge at */
    ChecksPerSubject(Supplier<List<ComplianceCheck>> newChecks, Instant now) {
        this.newChecks = newChecks;
        this.now = now;
    }

    void accept(ReplayedEvent event) {
        for (ComplianceCheck check : open.computeIfAbsent(event.customerId(), subject -> newChecks.get())) {
            check.accept(event);
        }
    }

    /** The subject has no more events in this replay: its checks decide now, and are forgotten. */
    void complete(UUID subject) {
        List<ComplianceCheck> checks = open.remove(subject);
        if (checks != null) {
            decide(checks);
        }
    }

    /** After the last event: every subject still open decides. */
    void completeAll() {
        open.values().forEach(this::decide);
        open.clear();
    }

    List<Finding> findings() {
        return findings;
    }

    Map<ComplianceRule, Long> counts() {
        return counts;
    }

    /** How many subjects' checks are held right now. */
    int openSubjects() {
        return open.size();
    }

    long subjects() {
        return subjects;
    }

    private void decide(List<ComplianceCheck> checks) {
        subjects++;
        for (ComplianceCheck check : checks) {
            check.finish(now);
            findings.addAll(check.findings());
            check.checked().forEach((rule, count) -> counts.merge(rule, count, Long::sum));
        }
    }
}
