package fi.register.command.consent;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.GiveConsentCommand;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The rules that look at all of a subject's consents in force at once: what a new consent may cover, and which
 * consent, if any, allows a processing now. A view over the aggregate's {@link Consent} members, made per decision.
 */
public final class ConsentsInForce {

    private final Collection<Consent> consents;

    public ConsentsInForce(Collection<Consent> consents) {
        this.consents = consents;
    }

    /** Refuses a consent whose shape the privacy notice does not allow for its purpose, or that is already in force. */
    public void requireCanGive(GiveConsentCommand command) {
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
        Consent.Scope scope = new Consent.Scope(command.purpose(), command.channel(), command.recipient());
        if (consents.stream().anyMatch(consent -> consent.scope().equals(scope))) {
            throw refused(Refusal.CONSENT_ALREADY_IN_FORCE,
                    "This consent is already in force; withdraw it first to record it anew.");
        }
    }

    /** The consent that allows processing health data right now, if any (GDPR Art. 9(2)(a)). */
    public Optional<UUID> healthDataConsent() {
        return consents.stream()
                .filter(consent -> consent.scope().purpose() == ConsentPurpose.HEALTH_DATA)
                .map(Consent::consentId)
                .findFirst();
    }

    /**
     * The DISCLOSURE consent in force for a recipient the test accepts, if any. Every such consent is written: one
     * without written evidence is refused when given.
     */
    public Optional<UUID> disclosureConsent(Predicate<String> recipient) {
        return consents.stream()
                .filter(consent -> consent.scope().purpose() == ConsentPurpose.DISCLOSURE
                        && recipient.test(consent.scope().recipient()))
                .map(Consent::consentId)
                .findFirst();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static CommandRefusedException refused(Refusal refusal, String message) {
        return new CommandRefusedException(refusal, message);
    }
}
