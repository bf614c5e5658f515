package fi.register.query.compliance;

import fi.register.rules.PartyNames;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Replays the whole event history from the beginning, straight from the event store (not from a projection, which
 * could itself be wrong), and feeds every event to each rule. Read-only and idempotent: fresh checks every run,
 * nothing written anywhere. No check looks at a personal field, so an erased subject's history replays as any other.
 * <p>
 * Reads as far as the head of the store when the replay starts; events recorded meanwhile are for the next replay.
 * Cost: one pass over every event ({@link RecordedHistory}); in memory only per-subject deadlines, consents and device
 * orders, never an event once the checks have seen it.
 */
class ComplianceReplay {

    private final RecordedHistory history;
    private final Clock clock;
    private final RetentionSettings retention;
    private final ComplianceSettings settings;
    private final PartyNames parties;
    private final MerkleLogCheck merkleLog;

    ComplianceReplay(RecordedHistory history, Clock clock, RetentionSettings retention, ComplianceSettings settings,
                     PartyNames parties, MerkleLogCheck merkleLog) {
        this.history = history;
        this.clock = clock;
        this.retention = retention;
        this.settings = settings;
        this.parties = parties;
        this.merkleLog = merkleLog;
    }

    ComplianceReport replay() {
        return replay(null);
    }

    /**
     * The history as it stood at {@code asOf}: events recorded after it are left out, and the rules that depend on
     * "now" (retention) judge at {@code asOf}, so a deadline after it is not yet a finding. Null: the whole history,
     * judged now. The Merkle log is verified against the whole store either way: a checkpoint covers what it covers.
     */
    ComplianceReport replay(Instant asOf) {
        Instant now = asOf != null ? asOf : clock.instant();
        List<ComplianceCheck> checks = List.of(new HealthDataConsentCheck(),
                new RetentionCheck(retention.period(), settings.retentionGrace()), new DisclosureBasisCheck(parties),
                new IdentityCodeCheck());
        Set<UUID> subjects = new HashSet<>();
        long replayed = history.replay(asOf, event -> {
            subjects.add(event.customerId());
            for (ComplianceCheck check : checks) {
                check.accept(event);
            }
        });
        checks.forEach(check -> check.finish(now));
        List<Finding> findings = new ArrayList<>();
        Map<ComplianceRule, Long> counts = new EnumMap<>(ComplianceRule.class);
        for (ComplianceCheck check : checks) {
            findings.addAll(check.findings());
            check.checked().forEach((rule, count) -> counts.merge(rule, count, Long::sum));
        }
        MerkleLogCheck.Outcome verified = merkleLog.verify();
        findings.addAll(verified.findings());
        verified.checked().forEach((rule, count) -> counts.merge(rule, count, Long::sum));
        findings.sort(Comparator.comparing(Finding::at)
                .thenComparing(Finding::customerId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(Finding::eventSequence).thenComparing(Finding::detail));
        return new ComplianceReport(replayed, subjects.size(), now, findings, counts);
    }
}
