package fi.register.query.compliance;

import fi.register.events.LegalBasis;
import fi.register.events.subjectrequest.SubjectRequestAnsweredEvent;
import fi.register.events.subjectrequest.SubjectRequestChannel;
import fi.register.events.subjectrequest.SubjectRequestKind;
import fi.register.events.subjectrequest.SubjectRequestOutcome;
import fi.register.events.subjectrequest.SubjectRequestReceivedEvent;
import fi.register.rules.SubjectRequestAnsweredWithinOneMonth;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** GDPR Art. 12(3), replayed: a request is answered within one month of its arrival. */
class SubjectRequestCheckTest {

    static final Instant RECEIVED = Instant.parse("2027-01-31T09:00:00Z");
    /** One month on the UTC calendar: February has no 31st. */
    static final Instant DEADLINE = Instant.parse("2027-02-28T09:00:00Z");

    final SubjectRequestCheck check = new SubjectRequestCheck(
            new SubjectRequestAnsweredWithinOneMonth(SubjectRequestAnsweredWithinOneMonth.ONE_MONTH));
    final UUID requestId = UUID.randomUUID();

    private History received(SubjectRequestKind kind) {
        History history = new History();
        // the stored deadline lies (a year on): the check recomputes it, it never trusts it
        return history.add(new SubjectRequestReceivedEvent(history.customerId, requestId, kind,
                SubjectRequestChannel.LETTER, RECEIVED, RECEIVED.plusSeconds(365L * 86_400)), RECEIVED,
                LegalBasis.LEGAL_OBLIGATION);
    }

    private History answered(History history, Instant at) {
        return history.add(new SubjectRequestAnsweredEvent(history.customerId, requestId, SubjectRequestKind.ACCESS,
                SubjectRequestOutcome.FULFILLED, at), at, LegalBasis.LEGAL_OBLIGATION);
    }

    @Test
    void keeps_ARequestAnsweredOnItsDeadline_AndOneOpenWithinIt_Clean() {
        History onTime = answered(received(SubjectRequestKind.ACCESS), DEADLINE);
        History stillWithin = received(SubjectRequestKind.RECTIFICATION);

        onTime.events.forEach(check::accept);
        stillWithin.events.forEach(check::accept);
        check.finish(DEADLINE);

        assertThat(check.findings()).isEmpty();
        assertThat(check.checked()).containsEntry(ComplianceRule.SUBJECT_REQUEST_NOT_ANSWERED_IN_TIME, 2L);
    }

    @Test
    void finds_ARequestAnsweredAfterItsDeadline_NamingTheAnswer() {
        History late = answered(received(SubjectRequestKind.ACCESS), DEADLINE.plusSeconds(1));

        late.feed(check, DEADLINE.plusSeconds(86_400));

        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(ComplianceRule.SUBJECT_REQUEST_NOT_ANSWERED_IN_TIME);
            assertThat(finding.customerId()).isEqualTo(late.customerId);
            assertThat(finding.eventSequence()).isEqualTo(1);
            assertThat(finding.at()).isEqualTo(DEADLINE.plusSeconds(1));
            assertThat(finding.detail()).contains("ACCESS", requestId.toString(), DEADLINE.toString());
        });
    }

    @Test
    void finds_ARequestStillOpenPastItsDeadline_NamingTheArrival() {
        History open = received(SubjectRequestKind.ERASURE);

        open.feed(check, DEADLINE.plusSeconds(1));

        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.customerId()).isEqualTo(open.customerId);
            assertThat(finding.eventSequence()).isZero();
            assertThat(finding.at()).isEqualTo(DEADLINE);
            assertThat(finding.detail()).contains("ERASURE", "still unanswered");
        });
    }

    @Test
    void keeps_AnAnswerToARequestThatNeverArrived_OutOfTheCount() {
        History history = answered(new History(), DEADLINE);

        history.feed(check, DEADLINE.plusSeconds(86_400 * 90L));

        assertThat(check.findings()).isEmpty();
        assertThat(check.checked()).containsEntry(ComplianceRule.SUBJECT_REQUEST_NOT_ANSWERED_IN_TIME, 0L);
    }
}
