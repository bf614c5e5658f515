package fi.register.query.compliance;

import fi.register.rules.PartyNames;
import fi.register.rules.SubjectRequestAnsweredWithinOneMonth;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Replays the whole event history from the beginning, straight from the event store (not from a projection, which
 * could itself be wrong), and feeds every event to each rule. Read-only and idempotent: fresh checks every run,
 * nothing written anywhere. No check looks at a personal field, so an erased subject's history replays as any other.
 * <p>
 * Reads as far as the head of the store when the replay starts; events recorded meanwhile are for the next replay.
 * Cost: one pass over every event ({@link RecordedHistory}); in memory only the open subjects' deadlines, consents and
 * device orders ({@link ChecksPerSubject}: one subject at a time when the history is read subject by subject), never
 * an event once the checks have seen it.
 */
class ComplianceReplay {

    private final RecordedHistory history;
    private final Clock clock;
    private final RetentionSettings retention;
    private final ComplianceSettings settings;
    private final PartyNames parties;
    private final MerkleLogCheck merkleLog;
    private final SubjectRequestAnsweredWithinOneMonth requestDeadline;

    ComplianceReplay(RecordedHistory history, Clock clock, RetentionSettings retention, ComplianceSettings settings,
                     PartyNames parties, MerkleLogCheck merkleLog, SubjectRequestSettings requests) {
        this.history = history;
        this.clock = clock;
        this.retention = retention;
        this.settings = settings;
        this.parties = parties;
        this.merkleLog = merkleLog;
        this.requestDeadline = new SubjectRequestAnsweredWithinOneMonth(requests.answerWithin());
    }

    ComplianceReport replay() {
        return replay(null);
    }

    /**
     * The history as it stood at {@code asOf}: events recorded after it are left out, and the rules that depend on
     * "now" (retention, subject requests) judge at {@code asOf}, so a deadline after it is not yet a finding. Null: the whole history,
     * judged now. The Merkle log is verified against the whole store either way: a checkpoint covers what it covers.
     */
    ComplianceReport replay(Instant asOf) {
        Instant now = asOf != null ? asOf : clock.instant();
        ChecksPerSubject checks = new ChecksPerSubject(() -> List.of(new HealthDataConsentCheck(),
                new RetentionCheck(retention.period(), settings.retentionGrace()), new DisclosureBasisCheck(parties),
                new IdentityCodeCheck(), new SubjectRequestCheck(requestDeadline)), now);
        long replayed = history.replay(asOf, checks::accept, checks::complete);
        checks.completeAll();
        List<Finding> findings = new ArrayList<>(checks.findings());
        Map<ComplianceRule, Long> counts = new EnumMap<>(checks.counts());
        MerkleLogCheck.Outcome verified = merkleLog.verify();
        findings.addAll(verified.findings());
        verified.checked().forEach((rule, count) -> counts.merge(rule, count, Long::sum));
        findings.sort(Comparator.comparing(Finding::at)
                .thenComparing(Finding::customerId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(Finding::eventSequence).thenComparing(Finding::detail));
        return new ComplianceReport(replayed, checks.subjects(), now, findings, counts);
    }
}
