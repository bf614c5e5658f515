package fi.register.command.disclosure;

import fi.register.autoconfigure.parties.NamedParty;
import fi.register.autoconfigure.parties.NamedParties;
import fi.register.command.consent.ConsentsInForce;
import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.LegalBasis;
import fi.register.events.disclosure.DisclosedField;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The privacy notice: nothing is disclosed outside the parties the register description names without the
 * customer's written permission. A named party receives, on the contract, only what its role needs
 * ({@link NamedParty}); anything beyond that, and anything to anyone else, needs a DISCLOSURE consent for that
 * recipient (always written: an unwritten one is refused when given). Order fields go out only in an order's
 * confirmation, never through a disclosure on its own.
 */
public final class DisclosureNeedsBasis {

    private DisclosureNeedsBasis() {
    }

    public static DisclosureBasis decide(String recipient, Set<DisclosedField> fields, NamedParties parties,
                                         ConsentsInForce consents) {
        if (fields.stream().anyMatch(DisclosedField::isOrderField)) {
            throw new CommandRefusedException(Refusal.FIELD_NOT_DISCLOSABLE, "Order fields go out only in an order "
                    + "confirmation: remove DELIVERY_ADDRESS, DELIVERY_CONTACT, PRODUCT and ORDER_REFERENCE.");
        }
        Optional<NamedParty> party = parties.partyNamed(recipient);
        // the contract suffices for what a named party's role needs; a consent, which can be withdrawn, is not needed
        if (party.isPresent() && party.get().fieldsWithoutConsent().containsAll(fields)) {
            return new DisclosureBasis(parties.nameOf(party.get()), LegalBasis.CONTRACT, null);
        }
        Optional<UUID> consent = consents.disclosureConsent(given -> NamedParties.sameParty(given, recipient));
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
