package fi.register.query.order;

import fi.register.events.customer.PostalAddress;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.order.OrderConfirmation;
import fi.register.events.order.Product;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Composes the order confirmation from exactly the fields the disclosure event names, and nothing else: the command
 * side decided what goes to whom, this only fills in the values. A field the event does not name stays out of the
 * document even when the view holds it.
 */
final class OrderConfirmationComposer {

    private OrderConfirmationComposer() {
    }

    static OrderConfirmation compose(Set<DisclosedField> fields, UUID orderId, Product product,
                                     PostalAddress deliveryAddress, ContactDetails contact) {
        boolean name = fields.contains(DisclosedField.NAME) && contact != null;
        return new OrderConfirmation(
                fields.contains(DisclosedField.ORDER_REFERENCE) ? orderId.toString() : null,
                fields.contains(DisclosedField.PRODUCT) ? product : null,
                name ? fullName(contact) : null,
                name ? contact.companyName() : null,
                fields.contains(DisclosedField.DELIVERY_ADDRESS) ? deliveryAddress : null,
                fields.contains(DisclosedField.DELIVERY_CONTACT) && contact != null ? deliveryContact(contact) : null);
    }

    /** The names on record: a company registered without a contact person has none, and its company name speaks. */
    private static String fullName(ContactDetails contact) {
        String name = Stream.of(contact.firstName(), contact.lastName())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }

    /** The phone number, which a courier uses; the e-mail address only when no phone is on record. */
    private static String deliveryContact(ContactDetails contact) {
        return contact.phone() != null && !contact.phone().isBlank() ? contact.phone() : contact.email();
    }
}
