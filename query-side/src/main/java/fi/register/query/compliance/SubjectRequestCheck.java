package fi.register.query.compliance;

import fi.register.events.subjectrequest.SubjectRequestAnsweredEvent;
import fi.register.events.subjectrequest.SubjectRequestKind;
import fi.register.events.subjectrequest.SubjectRequestReceivedEvent;
import fi.register.rules.SubjectRequestAnsweredWithinOneMonth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * GDPR Art. 12(3): every access, rectification and erasure request answered within one month of its arrival. The
 * deadline is recomputed from the arrival by the rule the command side stamps it by
 * ({@link SubjectRequestAnsweredWithinOneMonth}), never read from the stored {@code answerBy}, which a broken version
 * or an intruder could have moved. Finds:
 * <ul>
 * <li>a request answered after its deadline (the answer is the event named);</li>
 * <li>a request still open at {@code now} (the replay's as-of instant) past its deadline (the arrival is named).</li>
 * </ul>
 * A request still open but within its deadline is no finding yet. An answer to a request that never arrived names no
 * deadline and is passed over. Times are the events' own; an event without one counts from when it was recorded.
 */
final class SubjectRequestCheck implements ComplianceCheck {

    private record Arrival(UUID customerId, long sequence, SubjectRequestKind kind, Instant receivedAt) {
    }

    private final SubjectRequestAnsweredWithinOneMonth rule;
    private final Map<UUID, Arrival> open = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private long checked;

    SubjectRequestCheck(SubjectRequestAnsweredWithinOneMonth rule) {
        this.rule = rule;
    }

    @Override
    public void accept(ReplayedEvent event) {
        if (event.payload() instanceof SubjectRequestReceivedEvent received) {
            open.put(received.requestId(), new Arrival(event.customerId(), event.sequence(), received.kind(),
                    received.receivedAt() != null ? received.receivedAt() : event.recordedAt()));
        } else if (event.payload() instanceof SubjectRequestAnsweredEvent answered) {
            Arrival arrival = open.remove(answered.requestId());
            if (arrival == null) {
                return;
            }
            checked++;
            Instant answeredAt = answered.answeredAt() != null ? answered.answeredAt() : event.recordedAt();
            if (!rule.answeredInTime(arrival.receivedAt(), answeredAt)) {
                findings.add(new Finding(ComplianceRule.SUBJECT_REQUEST_NOT_ANSWERED_IN_TIME, event.customerId(),
                        event.sequence(), answeredAt, arrival.kind() + " request " + answered.requestId()
                        + " received " + arrival.receivedAt() + " answered " + answered.outcome() + " at " + answeredAt
                        + ", after its deadline " + rule.answerBy(arrival.receivedAt()) + " (" + rule + ")"));
            }
        }
    }

    @Override
    public void finish(Instant now) {
        for (Map.Entry<UUID, Arrival> request : open.entrySet()) {
            Arrival arrival = request.getValue();
            checked++;
            if (rule.overdue(arrival.receivedAt(), now)) {
                Instant deadline = rule.answerBy(arrival.receivedAt());
                findings.add(new Finding(ComplianceRule.SUBJECT_REQUEST_NOT_ANSWERED_IN_TIME, arrival.customerId(),
                        arrival.sequence(), deadline, arrival.kind() + " request " + request.getKey() + " received "
                        + arrival.receivedAt() + " still unanswered at " + now + ", past its deadline " + deadline
                        + " (" + rule + ")"));
            }
        }
        findings.sort(Comparator.comparing(Finding::at));
    }

    @Override
    public Map<ComplianceRule, Long> checked() {
        return Map.of(ComplianceRule.SUBJECT_REQUEST_NOT_ANSWERED_IN_TIME, checked);
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }
}
