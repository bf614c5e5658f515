package fi.register.query.compliance;

import fi.register.events.LegalBasis;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HealthDataConsentCheckTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    final HealthDataConsentCheck check = new HealthDataConsentCheck();

    @Test
    void healthDataRecordedUnderTheConsentInForceIsClean() {
        History history = new History();
        UUID consent = UUID.randomUUID();
        history.add(Events.registered(history.customerId, T0), T0, LegalBasis.CONTRACT)
                .add(Events.consent(history.customerId, consent, ConsentPurpose.HEALTH_DATA, null, EvidenceMethod.ELECTRONIC,
                        T0.plusSeconds(60)), T0.plusSeconds(60), LegalBasis.LEGAL_OBLIGATION)
                .add(Events.interview(history.customerId, T0.plusSeconds(120)), T0.plusSeconds(120), LegalBasis.CONSENT, consent)
                .add(new ProgramFeedbackRecordedEvent(history.customerId, UUID.randomUUID(), null, null, null,
                        T0.plusSeconds(180)), T0.plusSeconds(180), LegalBasis.CONSENT, consent);

        history.feed(check, NOW);

        assertThat(check.findings()).isEmpty();
        assertThat(check.checked()).containsEntry(ComplianceRule.HEALTH_DATA_WITHOUT_CONSENT, 2L);
    }

    @Test
    void HEALTH_DATA_WITHOUT_CONSENT_aRecommendationWithoutAConsentInForce() {
        History history = new History();
        history.add(Events.registered(history.customerId, T0), T0, LegalBasis.CONTRACT)
                .add(new fi.register.events.recommendation.ProgramRecommendedEvent(history.customerId, UUID.randomUUID(),
                        null, null, 30, null, T0.plusSeconds(60)), T0.plusSeconds(60), LegalBasis.CONTRACT);

        history.feed(check, NOW);

        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(ComplianceRule.HEALTH_DATA_WITHOUT_CONSENT);
            assertThat(finding.detail()).startsWith("ProgramRecommendedEvent: legal basis CONTRACT");
        });
    }

    @Test
    void HEALTH_DATA_WITHOUT_CONSENT_anInterviewAfterTheConsentWasWithdrawn() {
        History history = new History();
        UUID consent = UUID.randomUUID();
        history.add(Events.registered(history.customerId, T0), T0, LegalBasis.CONTRACT)
                .add(Events.consent(history.customerId, consent, ConsentPurpose.HEALTH_DATA, null, EvidenceMethod.ELECTRONIC,
                        T0.plusSeconds(60)), T0.plusSeconds(60), LegalBasis.LEGAL_OBLIGATION)
                .add(Events.withdrawn(history.customerId, consent, ConsentPurpose.HEALTH_DATA, T0.plusSeconds(90)),
                        T0.plusSeconds(90), LegalBasis.LEGAL_OBLIGATION)
                .add(Events.interview(history.customerId, T0.plusSeconds(120)), T0.plusSeconds(120), LegalBasis.CONSENT, consent);

        history.feed(check, NOW);

        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(ComplianceRule.HEALTH_DATA_WITHOUT_CONSENT);
            assertThat(finding.customerId()).isEqualTo(history.customerId);
            assertThat(finding.eventSequence()).isEqualTo(3);
            assertThat(finding.at()).isEqualTo(T0.plusSeconds(120));
            assertThat(finding.detail()).contains("withdrawn");
        });
    }

    @Test
    void HEALTH_DATA_WITHOUT_CONSENT_aMarketingConsentOrAnotherBasisIsNoConsentToHealthData() {
        History history = new History();
        UUID marketing = UUID.randomUUID();
        history.add(Events.registered(history.customerId, T0), T0, LegalBasis.CONTRACT)
                .add(Events.consent(history.customerId, marketing, ConsentPurpose.MARKETING, null, EvidenceMethod.ELECTRONIC,
                        T0.plusSeconds(60)), T0.plusSeconds(60), LegalBasis.LEGAL_OBLIGATION)
                .add(Events.interview(history.customerId, T0.plusSeconds(120)), T0.plusSeconds(120), LegalBasis.CONSENT, marketing)
                .add(Events.interview(history.customerId, T0.plusSeconds(180)), T0.plusSeconds(180), LegalBasis.CONTRACT);

        history.feed(check, NOW);

        assertThat(check.findings()).extracting(Finding::eventSequence).containsExactly(2L, 3L);
    }
}
