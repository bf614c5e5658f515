package fi.register.command.consent;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import fi.register.events.consent.GiveConsentCommand;
import fi.register.rules.ConsentScope;
import fi.register.rules.DisclosureConsentIsWritten;
import fi.register.rules.DisclosureNeedsBasis;
import fi.register.rules.HealthDataNeedsConsent;
import fi.register.rules.NamedParty;

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
    /** The free-text recipients of the consents that have one, by consent: kept apart, as they are personal. */
    private final Map<UUID, String> recipients;

    public ConsentsInForce(Collection<Consent> consents, Map<UUID, String> recipients) {
        this.consents = consents;
        this.recipients = recipients;
    }

    /**
     * Refuses a consent whose shape the privacy notice does not allow for its purpose, or that is already in force.
     *
     * @param party the named party the command's recipient names, or null
     * @return the scope the consent covers, its free-text recipient stripped
     */
    public ConsentScope requireCanGive(GiveConsentCommand command, NamedParty party) {
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
        String freeText = party != null || command.recipient() == null ? null : command.recipient().strip();
        ConsentScope scope = new ConsentScope(command.purpose(), command.channel(), party, freeText);
        if (scopes().containsValue(scope)) {
            throw refused(Refusal.CONSENT_ALREADY_IN_FORCE,
                    "This consent is already in force; withdraw it first to record it anew.");
        }
        return scope;
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
    public Optional<UUID> disclosureConsentFor(NamedParty party, String freeText) {
        return DisclosureNeedsBasis.consentAmong(scopes(), party, freeText);
    }

    /** In the order given (the aggregate keeps its members so), each with its free-text recipient, if any. */
    private Map<UUID, ConsentScope> scopes() {
        Map<UUID, ConsentScope> scopes = new LinkedHashMap<>();
        consents.forEach(consent -> scopes.put(consent.consentId(),
                consent.scope().withRecipient(recipients.get(consent.consentId()))));
        return scopes;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static CommandRefusedException refused(Refusal refusal, String message) {
        return new CommandRefusedException(refusal, message);
    }
}
