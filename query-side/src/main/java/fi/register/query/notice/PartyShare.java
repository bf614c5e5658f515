package fi.register.query.notice;

import fi.register.events.disclosure.DisclosedField;
import fi.register.events.order.Product;
import fi.register.rules.NamedParty;

import java.util.List;

/**
 * What one named party receives without the customer's further permission, as the disclosure rule decides it: the
 * fields of its role ({@link NamedParty}), only for customers of its services (empty: every customer); or, for the
 * device maker, only the order confirmation of the products that need one (NeurosonicOrderConfirmation).
 */
public record PartyShare(NamedParty party, String name, List<DisclosedField> receives, List<String> onlyForServices,
                         List<Product> onlyInConfirmationOf) {

    public PartyShare {
        receives = List.copyOf(receives);
        onlyForServices = List.copyOf(onlyForServices);
        onlyInConfirmationOf = List.copyOf(onlyInConfirmationOf);
    }

    /** Whether the party receives anything only in an order's confirmation. */
    public boolean onlyInOrderConfirmations() {
        return !onlyInConfirmationOf.isEmpty();
    }
}
