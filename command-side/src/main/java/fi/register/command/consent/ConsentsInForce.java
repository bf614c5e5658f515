package fi.register.command.consent;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.GiveConsentCommand;
import fi.register.events.consent.MarketingChannel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The consents a subject has in force, and the rules for giving and withdrawing them.
 * Holds purposes, channels and recipients only: no evidence reference, nothing personal.
 */
public class ConsentsInForce {

    private final Map<UUID, Scope> byId = new LinkedHashMap<>();

    /** What one consent covers; two consents with the same scope would be the same consent twice. */
    public record Scope(ConsentPurpose purpose, MarketingChannel channel, String recipient) {
    }

    /** Refuses a consent whose shape the privacy notice does not allow, or that is already in force. */
    public void requireCanGive(GiveConsentCommand command) {
        if (command.purpose() == null || command.evidenceMethod() == null || isBlank(command.noticeVersion())) {
            throw refused(Refusal.INVALID_CONSENT, "purpose, evidence.method and noticeVersion are required.");
        }
        switch (command.purpose()) {
            case MARKETING -> {
                if (command.channel() == null || command.recipient() != null) {
                    throw refused(Refusal.INVALID_CONSENT, "A MARKETING consent names a channel (EMAIL, SMS, POST) and no recipient.");
                }
            }
            case DISCLOSURE -> {
                if (isBlank(command.recipient()) || command.channel() != null) {
                    throw refused(Refusal.INVALID_CONSENT, "A DISCLOSURE consent names its recipient and no channel.");
                }
                if (command.evidenceMethod() != EvidenceMethod.WRITTEN) {
                    throw refused(Refusal.WRITTEN_EVIDENCE_REQUIRED,
                            "Disclosure outside the register description needs the customer's written permission: "
                                    + "evidence.method must be WRITTEN.");
                }
            }
            case HEALTH_DATA -> {
                if (command.channel() != null || command.recipient() != null) {
                    throw refused(Refusal.INVALID_CONSENT, "A HEALTH_DATA consent names neither channel nor recipient.");
                }
            }
        }
        Scope scope = new Scope(command.purpose(), command.channel(), command.recipient());
        if (byId.containsValue(scope)) {
            throw refused(Refusal.CONSENT_ALREADY_IN_FORCE,
                    "This consent is already in force; withdraw it first to record it anew.");
        }
    }

    public ConsentPurpose requireInForce(UUID consentId) {
        Scope scope = byId.get(consentId);
        if (scope == null) {
            throw refused(Refusal.CONSENT_NOT_IN_FORCE, "No consent with this id is in force for this customer.");
        }
        return scope.purpose();
    }

    /** The consent that allows processing health data right now, if any (GDPR Art. 9(2)(a)). */
    public Optional<UUID> healthDataConsent() {
        return byId.entrySet().stream()
                .filter(entry -> entry.getValue().purpose() == ConsentPurpose.HEALTH_DATA)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * The DISCLOSURE consent in force for a recipient the test accepts, if any. Every such consent is written: one
     * without written evidence is refused when given.
     */
    public Optional<UUID> disclosureConsent(Predicate<String> recipient) {
        return byId.entrySet().stream()
                .filter(entry -> entry.getValue().purpose() == ConsentPurpose.DISCLOSURE
                        && recipient.test(entry.getValue().recipient()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public void given(ConsentGivenEvent event) {
        byId.put(event.consentId(), new Scope(event.purpose(), event.channel(), event.recipient()));
    }

    public void withdrawn(UUID consentId) {
        byId.remove(consentId);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static CommandRefusedException refused(Refusal refusal, String message) {
        return new CommandRefusedException(refusal, message);
    }
}
