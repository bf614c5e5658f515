package fi.register.rules;

import fi.register.events.consent.ConsentPurpose;
import fi.register.events.disclosure.DisclosedField;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The notice: nothing is disclosed outside the parties the register description names without the customer's written
 * permission. A named party receives, on the contract, only what its role needs ({@link NamedParty}); anything beyond
 * that, and anything to anyone else, needs the subject's DISCLOSURE consent for that recipient (written:
 * {@link DisclosureConsentIsWritten}). Order fields go out only in an order's confirmation
 * ({@link NeurosonicOrderConfirmation}), never through a disclosure on its own.
 */
public final class DisclosureNeedsBasis {

    private DisclosureNeedsBasis() {
    }

    /** Whether the fields include any that only an order confirmation may carry. */
    public static boolean carriesOrderFields(Set<DisclosedField> fields) {
        return fields.stream().anyMatch(DisclosedField::isOrderField);
    }

    /** Whether the contract alone covers disclosing these fields to a named party: only what its role needs. */
    public static boolean contractCovers(NamedParty party, Set<DisclosedField> fields) {
        return !carriesOrderFields(fields) && party.fieldsWithoutConsent().containsAll(fields);
    }

    /** Whether a consent in force is one that can allow a disclosure at all. */
    public static boolean isDisclosureConsent(ConsentScope consent) {
        return consent.purpose() == ConsentPurpose.DISCLOSURE;
    }

    /** Whether a DISCLOSURE consent names this recipient (case and spacing ignored): a consent is for one recipient. */
    public static boolean namesRecipient(ConsentScope consent, String recipient) {
        return NamedParty.sameParty(consent.recipient(), recipient);
    }

    /** Whether a consent in force allows disclosing to this recipient (its evidence is checked when given). */
    public static boolean consentCovers(ConsentScope consent, String recipient) {
        return isDisclosureConsent(consent) && namesRecipient(consent, recipient);
    }

    /**
     * The consent a disclosure to this recipient rests on, if any: the first given of those in force that covers it.
     *
     * @param inForce the subject's consents in force, by id, in the order they were given
     */
    public static Optional<UUID> consentAmong(Map<UUID, ConsentScope> inForce, String recipient) {
        return inForce.entrySet().stream()
                .filter(consent -> consentCovers(consent.getValue(), recipient))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
