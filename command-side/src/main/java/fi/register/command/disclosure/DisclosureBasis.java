package fi.register.command.disclosure;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.consent.ConsentsInForce;
import fi.register.command.problem.CommandRefusedException;
import fi.register.events.LegalBasis;
import fi.register.events.disclosure.DisclosedField;
import fi.register.rules.DisclosureNeedsBasis;
import fi.register.rules.NamedParty;
import fi.register.rules.PartyNames;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Whom the data goes to, as the event records it (a named party's code, or anyone else's free text, which the event
 * seals), and on which basis: the consent's id with CONSENT.
 */
public record DisclosureBasis(NamedParty namedParty, String recipient, LegalBasis legalBasis, UUID consentId) {

    /** The code the event records a named party by, null for anyone else. */
    public String namedPartyCode() {
        return namedParty == null ? null : namedParty.code();
    }

    /**
     * The basis a disclosure rests on by {@link DisclosureNeedsBasis}, or the refusal that says what is missing. The
     * contract is preferred where it suffices: a consent, which can be withdrawn, is not needed for a role's fields
     * to a party that works for this customer.
     *
     * @param servicesUsed the services the customer uses ({@link DisclosureNeedsBasis#servicesShownBy})
     */
    public static DisclosureBasis decide(String recipient, Set<DisclosedField> fields, PartyNames parties,
                                         Collection<String> servicesUsed, ConsentsInForce consents) {
        if (DisclosureNeedsBasis.carriesOrderFields(fields)) {
            throw new CommandRefusedException(Refusal.FIELD_NOT_DISCLOSABLE, "Order fields go out only in an order "
                    + "confirmation: remove DELIVERY_ADDRESS, DELIVERY_CONTACT, PRODUCT and ORDER_REFERENCE.");
        }
        NamedParty party = parties.partyNamed(recipient).orElse(null);
        String freeText = party == null ? recipient.strip() : null;
        boolean serves = party != null
                && DisclosureNeedsBasis.servesTheCustomer(parties.servicesOf(party), servicesUsed);
        if (party != null && DisclosureNeedsBasis.contractCovers(party, fields, serves)) {
            return new DisclosureBasis(party, null, LegalBasis.CONTRACT, null);
        }
        Optional<UUID> consent = consents.disclosureConsentFor(party, freeText);
        if (consent.isPresent()) {
            return new DisclosureBasis(party, freeText, LegalBasis.CONSENT, consent.get());
        }
        throw new CommandRefusedException(Refusal.DISCLOSURE_CONSENT_REQUIRED, refusal(party, serves, parties));
    }

    private static String refusal(NamedParty party, boolean serves, PartyNames parties) {
        if (party == null) {
            return "The register description does not name this recipient: disclosure needs the customer's "
                    + "DISCLOSURE consent with WRITTEN evidence for it.";
        }
        if (!serves) {
            return "The register description names this party for the customers of "
                    + new TreeSet<>(parties.servicesOf(party))
                    + " only, and this customer uses none of them: disclosure needs the customer's DISCLOSURE consent "
                    + "with WRITTEN evidence for this party.";
        }
        return "Without the customer's written permission this recipient receives only " + party.fieldsWithoutConsent()
                + ": record a DISCLOSURE consent with WRITTEN evidence first.";
    }
}
