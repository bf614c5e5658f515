package fi.register.command.recommendation;

import fi.register.command.customer.Customer;
import fi.register.command.customer.ServiceFixtures;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.LegalBasis;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.events.recommendation.RecommendProgramCommand;
import fi.register.events.recommendation.RecordProgramFeedbackCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static fi.register.command.customer.CustomerFixtures.NOW;
import static fi.register.command.customer.CustomerFixtures.person;
import static fi.register.command.customer.CustomerFixtures.registered;
import static fi.register.command.customer.RefusalMatcher.refusedFor;
import static fi.register.command.customer.ServiceFixtures.healthDataConsent;
import static fi.register.command.customer.ServiceFixtures.healthDataConsentWithdrawn;
import static fi.register.command.customer.ServiceFixtures.withBasis;

class ProgramTest {

    private final UUID customerId = UUID.randomUUID();
    private final UUID consentId = UUID.randomUUID();
    private final UUID feedbackId = UUID.randomUUID();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = ServiceFixtures.fixture();
    }

    private RecordProgramFeedbackCommand feedback() {
        return new RecordProgramFeedbackCommand(customerId, feedbackId, "Syvärentoutus 2", "Nukahtaminen helpottui", 4);
    }

    private RecommendProgramCommand recommendation(UUID recommendationId) {
        return new RecommendProgramCommand(customerId, recommendationId, "Syvärentoutus 2", "kevyt", 30, "Aloitus");
    }

    @Test
    void emits_ProgramRecommended_OnTheHealthDataConsentInForce() {
        UUID recommendationId = UUID.randomUUID();
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId))
                .when(recommendation(recommendationId))
                .expectEvents(new ProgramRecommendedEvent(customerId, recommendationId, "Syvärentoutus 2", "kevyt", 30,
                        "Aloitus", NOW))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONSENT, consentId), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenAProgramIsRecommendedWithoutHealthDataConsent() {
        fixture.given(registered(person(customerId)))
                .when(recommendation(UUID.randomUUID()))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.HEALTH_DATA_CONSENT_REQUIRED));
    }

    @Test
    void emits_ProgramFeedbackRecorded_OnTheHealthDataConsentInForce() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId))
                .when(feedback())
                .expectEvents(new ProgramFeedbackRecordedEvent(customerId, feedbackId, "Syvärentoutus 2",
                        "Nukahtaminen helpottui", 4, NOW))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONSENT, consentId), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenFeedbackIsRecordedWithoutHealthDataConsent() {
        fixture.given(registered(person(customerId)))
                .when(feedback())
                .expectNoEvents()
                .expectException(refusedFor(Refusal.HEALTH_DATA_CONSENT_REQUIRED));
    }

    @Test
    void rejects_WhenFeedbackIsRecordedAfterTheConsentWasWithdrawn() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, consentId),
                        healthDataConsentWithdrawn(customerId, consentId))
                .when(feedback())
                .expectNoEvents()
                .expectException(refusedFor(Refusal.HEALTH_DATA_CONSENT_REQUIRED));
    }
}
