package fi.register.command.customer;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.LegalBasis;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.interview.InterviewField;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.interview.InterviewRectifiedEvent;
import fi.register.events.interview.RectifyInterviewCommand;
import fi.register.events.order.DeliveryAddressRectifiedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.events.order.RectifyDeliveryAddressCommand;
import fi.register.events.recommendation.FeedbackField;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramFeedbackRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendationRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.events.recommendation.RecommendationField;
import fi.register.events.recommendation.RectifyProgramFeedbackCommand;
import fi.register.events.recommendation.RectifyProgramRecommendationCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static fi.register.command.customer.CustomerFixtures.ADDRESS;
import static org.hamcrest.Matchers.allOf;
import static fi.register.command.customer.CustomerFixtures.NOW;
import static fi.register.command.customer.CustomerFixtures.person;
import static fi.register.command.customer.CustomerFixtures.registered;
import static fi.register.command.customer.RefusalMatcher.refusedFor;
import static fi.register.command.customer.ServiceFixtures.healthDataConsent;
import static fi.register.command.customer.ServiceFixtures.healthDataConsentWithdrawn;
import static fi.register.command.customer.ServiceFixtures.withBasis;

/**
 * Rectification of every personal field beyond the customer's own details (issue 12): interviews, program
 * recommendations, feedback and delivery addresses, under the rules their originals were recorded by.
 */
class RecordRectificationTest {

    private static final PostalAddress NEW_ADDRESS = new PostalAddress("Uusikatu 2", "00200", "Espoo", "FI");

    private final UUID customerId = UUID.randomUUID();
    private final UUID consentId = UUID.randomUUID();
    private final UUID interviewId = UUID.randomUUID();
    private final UUID recommendationId = UUID.randomUUID();
    private final UUID feedbackId = UUID.randomUUID();
    private final UUID orderId = UUID.randomUUID();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = ServiceFixtures.fixture();
    }

    private InterviewRecordedEvent interview(String service, LocalDate dateOfBirth) {
        return new InterviewRecordedEvent(customerId, interviewId, "Stressi", "Kevyt", Set.of(service), dateOfBirth, NOW);
    }

    private ProgramRecommendedEvent recommended() {
        return new ProgramRecommendedEvent(customerId, recommendationId, "Rentoutus A", "kevyt", 20, "Univaikeudet", NOW);
    }

    private ProgramFeedbackRecordedEvent feedbackRecorded() {
        return new ProgramFeedbackRecordedEvent(customerId, feedbackId, "Rentoutus A", "Uni parani", 4, NOW);
    }

    private OrderPlacedEvent ordered() {
        return new OrderPlacedEvent(customerId, orderId, Product.EMFIT_MONITOR, OrderTerms.RENTAL, ADDRESS, NOW);
    }

    @Test
    void emits_InterviewRectified_CorrectingTheChallengesAndClearingThePreferences_OnTheHealthDataConsent() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId),
                        interview("NEUROSONIC_TREATMENT", null))
                .when(new RectifyInterviewCommand(customerId, interviewId, "Uupumus", null, null,
                        Set.of(InterviewField.PROGRAM_PREFERENCES)))
                .expectEvents(new InterviewRectifiedEvent(customerId, interviewId,
                        EnumSet.of(InterviewField.CHALLENGES, InterviewField.PROGRAM_PREFERENCES), "Uupumus", null, null,
                        NOW))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONSENT, consentId), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenTheInterviewsChallengesAreCleared_NamingTheField() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId),
                        interview("NEUROSONIC_TREATMENT", null))
                .when(new RectifyInterviewCommand(customerId, interviewId, null, null, null,
                        Set.of(InterviewField.CHALLENGES)))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "challenges"));
    }

    @Test
    void rejects_WhenTheInterviewsCorrectionIsBlank_NamingTheField() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId),
                        interview("NEUROSONIC_TREATMENT", null))
                .when(new RectifyInterviewCommand(customerId, interviewId, "  ", null, null, null))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "challenges"));
    }

    @Test
    void rejects_WhenTheHealthDataConsentWasWithdrawnBeforeTheInterviewIsCorrected() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId),
                        interview("NEUROSONIC_TREATMENT", null), healthDataConsentWithdrawn(customerId, consentId))
                .when(new RectifyInterviewCommand(customerId, interviewId, "Uupumus", null, null, null))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.HEALTH_DATA_CONSENT_REQUIRED));
    }

    @Test
    void rejects_WhenTheInterviewIsNotTheCustomers() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId))
                .when(new RectifyInterviewCommand(customerId, interviewId, "Uupumus", null, null, null))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INTERVIEW_NOT_FOUND));
    }

    @Test
    void rejects_WhenTheCorrectionNamesNothing() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId),
                        interview("NEUROSONIC_TREATMENT", null))
                .when(new RectifyInterviewCommand(customerId, interviewId, null, null, null, null))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.NOTHING_TO_RECTIFY));
    }

    @Test
    void rejects_WhenACorrectionAddsADateOfBirthTheInterviewsServicesDoNotNeed() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId),
                        interview("NEUROSONIC_TREATMENT", null))
                .when(new RectifyInterviewCommand(customerId, interviewId, null, null, LocalDate.of(1970, 1, 1), null))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.DATE_OF_BIRTH_NOT_NEEDED));
    }

    @Test
    void rejects_WhenTheDateOfBirthAFirstbeatInterviewNeedsIsCleared() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId),
                        interview("FIRSTBEAT_ANALYSIS", LocalDate.of(1970, 1, 1)))
                .when(new RectifyInterviewCommand(customerId, interviewId, null, null, null,
                        Set.of(InterviewField.DATE_OF_BIRTH)))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.DATE_OF_BIRTH_REQUIRED));
    }

    @Test
    void emits_InterviewRectified_WithTheCorrectedDateOfBirth_ForAFirstbeatInterview() {
        LocalDate corrected = LocalDate.of(1971, 2, 3);
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId),
                        interview("FIRSTBEAT_ANALYSIS", LocalDate.of(1970, 1, 1)))
                .when(new RectifyInterviewCommand(customerId, interviewId, null, null, corrected, null))
                .expectEvents(new InterviewRectifiedEvent(customerId, interviewId, EnumSet.of(InterviewField.DATE_OF_BIRTH),
                        null, null, corrected, NOW));
    }

    @Test
    void emits_ProgramRecommendationRectified_ClearingTheRationale_OnTheHealthDataConsent() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId), recommended())
                .when(new RectifyProgramRecommendationCommand(customerId, recommendationId, null, "vahva", null, null,
                        Set.of(RecommendationField.RATIONALE)))
                .expectEvents(new ProgramRecommendationRectifiedEvent(customerId, recommendationId,
                        EnumSet.of(RecommendationField.INTENSITY, RecommendationField.RATIONALE), null, "vahva", null,
                        null, NOW))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONSENT, consentId), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenARecommendationsProgramAndDurationAreCleared_NamingEach() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId), recommended())
                .when(new RectifyProgramRecommendationCommand(customerId, recommendationId, null, null, null, null,
                        Set.of(RecommendationField.PROGRAM, RecommendationField.DURATION_MINUTES)))
                .expectNoEvents()
                .expectException(allOf(refusedFor(Refusal.INVALID_FIELD, "program"),
                        refusedFor(Refusal.INVALID_FIELD, "durationMinutes")));
    }

    @Test
    void rejects_WhenTheRecommendationIsNotTheCustomers() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId))
                .when(new RectifyProgramRecommendationCommand(customerId, recommendationId, "Rentoutus B", null, null,
                        null, null))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.RECOMMENDATION_NOT_FOUND));
    }

    @Test
    void emits_ProgramFeedbackRectified_CorrectingTheRating() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId), feedbackRecorded())
                .when(new RectifyProgramFeedbackCommand(customerId, feedbackId, null, null, 2, null))
                .expectEvents(new ProgramFeedbackRectifiedEvent(customerId, feedbackId, EnumSet.of(FeedbackField.RATING),
                        null, null, 2, NOW))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONSENT, consentId), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenTheFeedbacksRatingIsCleared_NamingTheField() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId), feedbackRecorded())
                .when(new RectifyProgramFeedbackCommand(customerId, feedbackId, null, null, null,
                        Set.of(FeedbackField.RATING)))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "rating"));
    }

    @Test
    void rejects_WhenTheFeedbackIsCorrectedWithoutAHealthDataConsentInForce() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId), feedbackRecorded(),
                        healthDataConsentWithdrawn(customerId, consentId))
                .when(new RectifyProgramFeedbackCommand(customerId, feedbackId, null, "Ei vaikutusta", null, null))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.HEALTH_DATA_CONSENT_REQUIRED));
    }

    @Test
    void emits_DeliveryAddressRectified_OnTheLegalObligation_WithoutAnyConsent() {
        fixture.given(registered(person(customerId)), ordered())
                .when(new RectifyDeliveryAddressCommand(customerId, orderId, NEW_ADDRESS, false))
                .expectEvents(new DeliveryAddressRectifiedEvent(customerId, orderId, NEW_ADDRESS, NOW))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.LEGAL_OBLIGATION, null),
                        Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenTheDeliveryAddressIsCleared_NamingTheField() {
        fixture.given(registered(person(customerId)), ordered())
                .when(new RectifyDeliveryAddressCommand(customerId, orderId, null, true))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "deliveryAddress"));
    }

    @Test
    void rejects_WhenTheOrderIsNotTheCustomers() {
        fixture.given(registered(person(customerId)))
                .when(new RectifyDeliveryAddressCommand(customerId, orderId, NEW_ADDRESS, false))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.ORDER_NOT_FOUND));
    }

    @Test
    void rejects_WhenTheCustomerWasErased() {
        fixture.given(registered(person(customerId)), ordered(),
                        new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW))
                .when(new RectifyDeliveryAddressCommand(customerId, orderId, NEW_ADDRESS, false))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_ERASED));
    }
}
