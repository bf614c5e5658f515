package fi.register.command.disclosure;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.consent.ConsentsInForce;
import fi.register.command.problem.CommandRefusedException;
import fi.register.events.LegalBasis;
import fi.register.events.disclosure.DisclosedField;
import fi.register.rules.DisclosureNeedsBasis;
import fi.register.rules.NamedParty;
import fi.register.rules.PartyNames;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Whom the data goes to (as the event records the name), and on which basis: the consent's id with CONSENT. */
public record DisclosureBasis(String recipient, LegalBasis legalBasis, UUID consentId) {

    /**
     * The basis a disclosure rests on by {@link DisclosureNeedsBasis}, or the refusal that says what is missing. The
     * contract is preferred where it suffices: a consent, which can be withdrawn, is not needed for a role's fields.
     */
    public static DisclosureBasis decide(String recipient, Set<DisclosedField> fields, PartyNames parties,
                                         ConsentsInForce consents) {
        if (DisclosureNeedsBasis.carriesOrderFields(fields)) {
            throw new CommandRefusedException(Refusal.FIELD_NOT_DISCLOSABLE, "Order fields go out only in an order "
                    + "confirmation: remove DELIVERY_ADDRESS, DELIVERY_CONTACT, PRODUCT and ORDER_REFERENCE.");
        }
        Optional<NamedParty> party = parties.partyNamed(recipient);
        if (party.isPresent() && DisclosureNeedsBasis.contractCovers(party.get(), fields)) {
            return new DisclosureBasis(parties.nameOf(party.get()), LegalBasis.CONTRACT, null);
        }
        Optional<UUID> consent = consents.disclosureConsentFor(recipient);
        if (consent.isPresent()) {
            String name = party.map(parties::nameOf).orElse(recipient.strip());
            return new DisclosureBasis(name, LegalBasis.CONSENT, consent.get());
        }
        throw new CommandRefusedException(Refusal.DISCLOSURE_CONSENT_REQUIRED, party
                .map(named -> "Without the customer's written permission this recipient receives only "
                        + named.fieldsWithoutConsent() + ": record a DISCLOSURE consent with WRITTEN evidence first.")
                .orElse("The register description does not name this recipient: disclosure needs the customer's "
                        + "DISCLOSURE consent with WRITTEN evidence for it."));
    }
}
