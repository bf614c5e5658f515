package fi.register.command.consent;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import fi.register.events.consent.GiveConsentCommand;
import fi.register.rules.ConsentScope;
import fi.register.rules.DisclosureConsentIsWritten;
import fi.register.rules.DisclosureNeedsBasis;
import fi.register.rules.HealthDataNeedsConsent;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The subject's consents in force at once, asked by the aggregate: what a new consent may cover, and which consent,
 * if any, allows a processing now. The notice's rules decide ({@code fi.register.rules}); this view turns their "no"
 * into the command side's refusals. Made per decision over the aggregate's {@link Consent} members.
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
                if (!DisclosureConsentIsWritten.isWritten(command.evidenceMethod())) {
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
        ConsentScope scope = new ConsentScope(command.purpose(), command.channel(), command.recipient());
        if (consents.stream().anyMatch(consent -> consent.scope().equals(scope))) {
            throw refused(Refusal.CONSENT_ALREADY_IN_FORCE,
                    "This consent is already in force; withdraw it first to record it anew.");
        }
    }

    /**
     * The consent health data is recorded on ({@link HealthDataNeedsConsent}), the first given of those in force.
     *
     * @return its id, which the event's metadata names as the basis of the processing
     */
    public UUID requireHealthDataConsent() {
        return HealthDataNeedsConsent.consentAmong(scopes()).orElseThrow(() -> refused(
                Refusal.HEALTH_DATA_CONSENT_REQUIRED, "Health data is recorded only while the customer's explicit "
                        + "HEALTH_DATA consent is in force: record the consent first."));
    }

    /**
     * The DISCLOSURE consent in force for this recipient, if any ({@link DisclosureNeedsBasis}). Every such consent is
     * written: one without written evidence is refused when given.
     */
    public Optional<UUID> disclosureConsentFor(String recipient) {
        return DisclosureNeedsBasis.consentAmong(scopes(), recipient);
    }

    /** In the order given: the aggregate keeps its members so. */
    private Map<UUID, ConsentScope> scopes() {
        Map<UUID, ConsentScope> scopes = new LinkedHashMap<>();
        consents.forEach(consent -> scopes.put(consent.consentId(), consent.scope()));
        return scopes;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static CommandRefusedException refused(Refusal refusal, String message) {
        return new CommandRefusedException(refusal, message);
    }
}
