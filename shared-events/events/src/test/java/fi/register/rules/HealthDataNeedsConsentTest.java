package fi.register.rules;

import fi.register.events.LegalBasis;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.MarketingChannel;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingMadeEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HealthDataNeedsConsentTest {

    static final ConsentScope HEALTH_DATA = new ConsentScope(ConsentPurpose.HEALTH_DATA, null, null, null);
    static final ConsentScope MARKETING = new ConsentScope(ConsentPurpose.MARKETING, MarketingChannel.EMAIL, null, null);
    static final ConsentScope DISCLOSURE = new ConsentScope(ConsentPurpose.DISCLOSURE, null, null, "Someone Oy");

    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();

    @Test
    void allows_WhenAHealthDataConsentIsInForce() {
        assertThat(HealthDataNeedsConsent.allowedBy(HEALTH_DATA)).isTrue();
        assertThat(HealthDataNeedsConsent.consentAmong(Map.of(first, HEALTH_DATA))).contains(first);
    }

    @Test
    void refuses_WhenOnlyConsentsForOtherPurposesAreInForce() {
        assertThat(HealthDataNeedsConsent.allowedBy(MARKETING)).isFalse();
        assertThat(HealthDataNeedsConsent.allowedBy(DISCLOSURE)).isFalse();
        assertThat(HealthDataNeedsConsent.consentAmong(Map.of(first, MARKETING, second, DISCLOSURE))).isEmpty();
        assertThat(HealthDataNeedsConsent.consentAmong(Map.of())).as("none at all, or every one withdrawn").isEmpty();
    }

    @Test
    void allows_WhenAWithdrawnConsentWasGivenAgainOnTheNewConsentOnly() {
        // withdrawn consents are no longer in force; the one given anew has an id of its own
        Map<UUID, ConsentScope> inForce = new LinkedHashMap<>();
        inForce.put(first, MARKETING);
        inForce.put(second, HEALTH_DATA);

        assertThat(HealthDataNeedsConsent.consentAmong(inForce)).contains(second);
    }

    @Test
    void allows_WhenSeveralAreInForceOnTheFirstGiven() {
        Map<UUID, ConsentScope> inForce = new LinkedHashMap<>();
        inForce.put(second, HEALTH_DATA);
        inForce.put(first, HEALTH_DATA);

        assertThat(HealthDataNeedsConsent.consentAmong(inForce)).contains(second);
    }

    @Test
    void refuses_WhenTheRecordedBasisIsNotConsent() {
        assertThat(HealthDataNeedsConsent.restsOnItsBasis(LegalBasis.CONSENT.name())).isTrue();
        for (LegalBasis basis : LegalBasis.values()) {
            if (basis != LegalBasis.CONSENT) {
                assertThat(HealthDataNeedsConsent.restsOnItsBasis(basis.name())).as(basis.name()).isFalse();
            }
        }
        assertThat(HealthDataNeedsConsent.restsOnItsBasis(null)).as("no basis in the metadata").isFalse();
    }

    @Test
    void refuses_WhenAnInterviewRecommendationOrFeedback_IsRecordedWithoutItsConsent_AndNothingElseIsHealthData() {
        UUID subject = UUID.randomUUID();
        Instant at = Instant.parse("2026-06-01T08:00:00Z");
        assertThat(HealthDataNeedsConsent.recordsHealthData(new InterviewRecordedEvent(subject, UUID.randomUUID(), "a",
                "b", Set.of("FIRSTBEAT_ANALYSIS"), null, at))).isTrue();
        assertThat(HealthDataNeedsConsent.recordsHealthData(new ProgramFeedbackRecordedEvent(subject, UUID.randomUUID(),
                "a", "b", 4, at))).isTrue();
        // a program chosen for one person, with its rationale, describes that person's wellbeing (issue 10)
        assertThat(HealthDataNeedsConsent.recordsHealthData(new ProgramRecommendedEvent(subject, UUID.randomUUID(), "a",
                "b", 30, "c", at))).isTrue();
        assertThat(HealthDataNeedsConsent.recordsHealthData(new BookingMadeEvent(subject, UUID.randomUUID(),
                "NEUROSONIC_TREATMENT", at, BookingChannel.PHONE, at))).isFalse();
        assertThat(HealthDataNeedsConsent.recordsHealthData(null)).isFalse();
    }
}
