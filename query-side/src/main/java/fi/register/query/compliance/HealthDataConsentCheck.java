package fi.register.query.compliance;

import fi.register.events.consent.ConsentGivenEvent;
import fi.register.rules.ConsentScope;
import fi.register.rules.HealthDataNeedsConsent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GDPR Art. 9(2)(a), by the rule the command side decides by ({@link HealthDataNeedsConsent}): every interview and
 * every program feedback was recorded while the subject's HEALTH_DATA consent was in force (given before, not
 * withdrawn before), and its metadata says so: legal basis CONSENT with that consent's id.
 */
final class HealthDataConsentCheck implements ComplianceCheck {

    private final ConsentLedger consents = new ConsentLedger();
    private final List<Finding> findings = new ArrayList<>();
    private long checked;

    @Override
    public void accept(ReplayedEvent event) {
        consents.accept(event);
        if (HealthDataNeedsConsent.recordsHealthData(event.payload())) {
            checked++;
            problem(event).ifPresent(detail -> findings.add(new Finding(ComplianceRule.HEALTH_DATA_WITHOUT_CONSENT, event.customerId(), event.sequence(),
                    event.recordedAt(), event.payload().getClass().getSimpleName() + ": " + detail)));
        }
    }

    private Optional<String> problem(ReplayedEvent event) {
        if (!HealthDataNeedsConsent.restsOnItsBasis(event.legalBasis())) {
            return Optional.of("legal basis " + event.legalBasis() + ", not " + HealthDataNeedsConsent.BASIS);
        }
        Optional<ConsentGivenEvent> consent = consents.inForce(event.customerId(), event.consentId());
        if (consent.isEmpty()) {
            return Optional.of(consents.whyNotInForce(event.consentId()));
        }
        if (!HealthDataNeedsConsent.allowedBy(ConsentScope.of(consent.get()))) {
            return Optional.of("consent " + event.consentId() + " is a " + consent.get().purpose() + " consent, not HEALTH_DATA");
        }
        return Optional.empty();
    }

    @Override
    public Map<ComplianceRule, Long> checked() {
        return Map.of(ComplianceRule.HEALTH_DATA_WITHOUT_CONSENT, checked);
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }
}
