package fi.register.command.interview;

import fi.register.command.customer.Customer;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.LegalBasis;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.interview.RecordInterviewCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static fi.register.command.customer.CustomerFixtures.NOW;
import static fi.register.command.customer.CustomerFixtures.person;
import static fi.register.command.customer.CustomerFixtures.registered;
import static fi.register.command.customer.RefusalMatcher.refusedFor;
import static fi.register.command.customer.ViolationMatcher.violates;
import static fi.register.command.customer.ServiceFixtures.healthDataConsent;
import static fi.register.command.customer.ServiceFixtures.healthDataConsentWithdrawn;
import static fi.register.command.customer.ServiceFixtures.withBasis;

class InterviewTest {

    private static final LocalDate BORN = LocalDate.of(1970, 1, 1);

    private final UUID customerId = UUID.randomUUID();
    private final UUID consentId = UUID.randomUUID();
    private final UUID interviewId = UUID.randomUUID();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = fi.register.command.customer.ServiceFixtures.fixture();
    }

    private RecordInterviewCommand interview(Set<String> services, LocalDate dateOfBirth) {
        return new RecordInterviewCommand(customerId, interviewId, "Stressi ja univaikeudet", "Kevyt, 20 min",
                services, dateOfBirth);
    }

    private InterviewRecordedEvent recorded(RecordInterviewCommand command) {
        return new InterviewRecordedEvent(customerId, interviewId, command.challenges(), command.programPreferences(),
                command.services(), command.dateOfBirth(), NOW);
    }

    @Test
    void emits_InterviewRecorded_OnTheHealthDataConsentInForce() {
        RecordInterviewCommand command = interview(Set.of("NEUROSONIC_TREATMENT"), null);
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId))
                .when(command)
                .expectEvents(recorded(command))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONSENT, consentId), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenNoHealthDataConsentWasGiven() {
        fixture.given(registered(person(customerId)))
                .when(interview(Set.of("NEUROSONIC_TREATMENT"), null))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.HEALTH_DATA_CONSENT_REQUIRED));
    }

    @Test
    void rejects_WhenHealthDataConsentWasWithdrawn() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId),
                        healthDataConsentWithdrawn(customerId, consentId))
                .when(interview(Set.of("NEUROSONIC_TREATMENT"), null))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.HEALTH_DATA_CONSENT_REQUIRED));
    }

    @Test
    void emits_InterviewRecorded_OnTheNewConsentWhenConsentIsGivenAgain() {
        UUID again = UUID.randomUUID();
        RecordInterviewCommand command = interview(Set.of("NEUROSONIC_TREATMENT"), null);
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId),
                        healthDataConsentWithdrawn(customerId, consentId), healthDataConsent(customerId, again))
                .when(command)
                .expectEvents(recorded(command))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONSENT, again), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenHealthDataConsentIsMissingEvenIfTheContentIsAlsoWrong() {
        // the consent gate comes first: content is not even looked at without it
        fixture.given(registered(person(customerId)))
                .when(interview(Set.of("YOGA"), BORN))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.HEALTH_DATA_CONSENT_REQUIRED));
    }

    @Test
    void emits_InterviewRecorded_WithDateOfBirthForFirstbeatAnalysis() {
        RecordInterviewCommand command = interview(Set.of("FIRSTBEAT_ANALYSIS", "NEUROSONIC_TREATMENT"), BORN);
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId))
                .when(command)
                .expectEvents(recorded(command));
    }

    @Test
    void rejects_WhenFirstbeatAnalysisHasNoDateOfBirth() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId))
                .when(interview(Set.of("FIRSTBEAT_ANALYSIS"), null))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.DATE_OF_BIRTH_REQUIRED));
    }

    @Test
    void rejects_WhenDateOfBirthIsGivenWithoutAServiceThatNeedsIt() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId))
                .when(interview(Set.of("NEUROSONIC_TREATMENT"), BORN))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.DATE_OF_BIRTH_NOT_NEEDED));
    }

    @Test
    void rejects_WhenDateOfBirthIsNotInThePast() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId))
                .when(interview(Set.of("FIRSTBEAT_ANALYSIS"), LocalDate.of(2026, 11, 25)))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD));
    }

    @Test
    void rejects_WhenAServiceIsNotOnTheMenu() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId))
                .when(interview(Set.of("NEUROSONIC_TREATMENT", "YOGA"), null))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.UNKNOWN_SERVICE));
    }

    @Test
    void rejects_WhenSubjectWasErased() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId),
                        new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW))
                .when(interview(Set.of("NEUROSONIC_TREATMENT"), null))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_ERASED));
    }

    @Test
    void rejects_WhenInterviewChoosesNoService() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId))
                .when(interview(Set.of(), null))
                .expectNoEvents()
                .expectException(violates("services"));
    }
}
