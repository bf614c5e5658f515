package fi.register.command.subjectrequest;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.customer.Customer;
import fi.register.command.customer.ServiceFixtures;
import fi.register.events.LegalBasis;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.subjectrequest.AnswerSubjectRequestCommand;
import fi.register.events.subjectrequest.RecordSubjectRequestCommand;
import fi.register.events.subjectrequest.SubjectRequestAnsweredEvent;
import fi.register.events.subjectrequest.SubjectRequestChannel;
import fi.register.events.subjectrequest.SubjectRequestKind;
import fi.register.events.subjectrequest.SubjectRequestOutcome;
import fi.register.events.subjectrequest.SubjectRequestReceivedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static fi.register.command.customer.CustomerFixtures.NOW;
import static fi.register.command.customer.CustomerFixtures.person;
import static fi.register.command.customer.CustomerFixtures.registered;
import static fi.register.command.customer.RefusalMatcher.refusedFor;
import static fi.register.command.customer.ServiceFixtures.withBasis;
import static fi.register.command.customer.ViolationMatcher.violates;

/** GDPR Art. 12(3): a subject's request is recorded as it arrives, with its deadline, and answered once. */
class SubjectRequestTest {

    /** NOW (2026-11-25T10:00Z) plus one calendar month on the UTC calendar. */
    private static final Instant ONE_MONTH_LATER = Instant.parse("2026-12-25T10:00:00Z");

    private final UUID customerId = UUID.randomUUID();
    private final UUID requestId = UUID.randomUUID();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = ServiceFixtures.fixture();
    }

    private SubjectRequestReceivedEvent received(UUID id, SubjectRequestKind kind) {
        return new SubjectRequestReceivedEvent(customerId, id, kind, SubjectRequestChannel.EMAIL, NOW, ONE_MONTH_LATER);
    }

    @Test
    void emits_SubjectRequestReceived_WithItsDeadlineOneMonthOn_AsALegalObligation() {
        fixture.given(registered(person(customerId)))
                .when(new RecordSubjectRequestCommand(customerId, requestId, SubjectRequestKind.ACCESS,
                        SubjectRequestChannel.EMAIL))
                .expectEvents(received(requestId, SubjectRequestKind.ACCESS))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.LEGAL_OBLIGATION, null),
                        Matchers.andNoMore()));
    }

    @Test
    void emits_SubjectRequestAnswered_WhenTheDpoAnswersAnOpenRequest() {
        fixture.given(registered(person(customerId)), received(requestId, SubjectRequestKind.RECTIFICATION))
                .when(new AnswerSubjectRequestCommand(customerId, requestId, SubjectRequestOutcome.PARTLY_FULFILLED))
                .expectEvents(new SubjectRequestAnsweredEvent(customerId, requestId, SubjectRequestKind.RECTIFICATION,
                        SubjectRequestOutcome.PARTLY_FULFILLED, NOW));
    }

    @Test
    void emits_AnErasureRequestRefused_WhenTheDpoRefusesIt() {
        fixture.given(registered(person(customerId)), received(requestId, SubjectRequestKind.ERASURE))
                .when(new AnswerSubjectRequestCommand(customerId, requestId, SubjectRequestOutcome.REFUSED))
                .expectEvents(new SubjectRequestAnsweredEvent(customerId, requestId, SubjectRequestKind.ERASURE,
                        SubjectRequestOutcome.REFUSED, NOW));
    }

    @Test
    void emits_TheOpenRequestsAnswered_BeforeTheErasure_WhenTheSubjectIsErased() {
        UUID accessId = UUID.randomUUID();
        fixture.given(registered(person(customerId)), received(requestId, SubjectRequestKind.ERASURE),
                        received(accessId, SubjectRequestKind.ACCESS))
                .when(new EraseSubjectCommand(customerId, ErasureReason.SUBJECT_REQUEST))
                .expectEvents(
                        new SubjectRequestAnsweredEvent(customerId, requestId, SubjectRequestKind.ERASURE,
                                SubjectRequestOutcome.FULFILLED, NOW),
                        new SubjectRequestAnsweredEvent(customerId, accessId, SubjectRequestKind.ACCESS,
                                SubjectRequestOutcome.CLOSED_BY_ERASURE, NOW),
                        new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW));
    }

    @Test
    void emits_OnlyTheErasure_WhenNoRequestIsOpen() {
        fixture.given(registered(person(customerId)), received(requestId, SubjectRequestKind.ACCESS),
                        new SubjectRequestAnsweredEvent(customerId, requestId, SubjectRequestKind.ACCESS,
                                SubjectRequestOutcome.FULFILLED, NOW))
                .when(new EraseSubjectCommand(customerId, ErasureReason.SUBJECT_REQUEST))
                .expectEvents(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW));
    }

    @Test
    void rejects_WhenAnsweringARequestTheSubjectNeverMade() {
        fixture.given(registered(person(customerId)))
                .when(new AnswerSubjectRequestCommand(customerId, requestId, SubjectRequestOutcome.FULFILLED))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_REQUEST_NOT_FOUND));
    }

    @Test
    void rejects_WhenAnsweringARequestAlreadyAnswered() {
        fixture.given(registered(person(customerId)), received(requestId, SubjectRequestKind.ACCESS),
                        new SubjectRequestAnsweredEvent(customerId, requestId, SubjectRequestKind.ACCESS,
                                SubjectRequestOutcome.FULFILLED, NOW))
                .when(new AnswerSubjectRequestCommand(customerId, requestId, SubjectRequestOutcome.FULFILLED))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_REQUEST_ANSWERED));
    }

    @Test
    void rejects_WhenAnErasureRequestIsAnsweredAsFulfilledWithoutTheErasure() {
        fixture.given(registered(person(customerId)), received(requestId, SubjectRequestKind.ERASURE))
                .when(new AnswerSubjectRequestCommand(customerId, requestId, SubjectRequestOutcome.FULFILLED))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.ANSWERED_BY_ERASURE));
    }

    @Test
    void rejects_WhenClosedByErasureIsGivenByHand() {
        fixture.given(registered(person(customerId)), received(requestId, SubjectRequestKind.ACCESS))
                .when(new AnswerSubjectRequestCommand(customerId, requestId, SubjectRequestOutcome.CLOSED_BY_ERASURE))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.ANSWERED_BY_ERASURE));
    }

    @Test
    void rejects_WhenTheSameRequestIsRecordedTwice() {
        fixture.given(registered(person(customerId)), received(requestId, SubjectRequestKind.ACCESS))
                .when(new RecordSubjectRequestCommand(customerId, requestId, SubjectRequestKind.ACCESS,
                        SubjectRequestChannel.LETTER))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_REQUEST_EXISTS));
    }

    @Test
    void rejects_WhenARequestIsRecordedOnAnErasedSubject() {
        fixture.given(registered(person(customerId)), new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW))
                .when(new RecordSubjectRequestCommand(customerId, requestId, SubjectRequestKind.ACCESS,
                        SubjectRequestChannel.PHONE))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_ERASED));
    }

    @Test
    void rejects_WhenARequestNamesNoKind() {
        fixture.given(registered(person(customerId)))
                .when(new RecordSubjectRequestCommand(customerId, requestId, null, SubjectRequestChannel.PHONE))
                .expectNoEvents()
                .expectException(violates("kind"));
    }
}
