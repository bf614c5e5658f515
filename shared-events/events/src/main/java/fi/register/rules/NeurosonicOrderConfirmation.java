package fi.register.rules;

import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.order.PlaceOrderCommand;
import fi.register.events.order.Product;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static fi.register.events.disclosure.DisclosedField.DELIVERY_ADDRESS;
import static fi.register.events.disclosure.DisclosedField.DELIVERY_CONTACT;
import static fi.register.events.disclosure.DisclosedField.NAME;
import static fi.register.events.disclosure.DisclosedField.ORDER_REFERENCE;
import static fi.register.events.disclosure.DisclosedField.PRODUCT;

/**
 * The register description: Neurosonic Finland Oy receives only what is needed to acquire and deliver a Neurosonic
 * device, the order confirmation. This is the whole list of what goes out; no health data, no consents, no other
 * orders. The aggregate holds no names, so it decides and records which fields go to whom, and the query side
 * composes the document from exactly these fields.
 */
public final class NeurosonicOrderConfirmation {

    /**
     * Who receives the device and where, how the courier reaches them, what was ordered, and how to refer to the order.
     * Read-only, and in the fields' own order, so a finding that lists them reads the same every time.
     */
    public static final Set<DisclosedField> FIELDS = Collections.unmodifiableSet(
            EnumSet.of(NAME, DELIVERY_ADDRESS, DELIVERY_CONTACT, PRODUCT, ORDER_REFERENCE));

    private NeurosonicOrderConfirmation() {
    }

    /** Only a Neurosonic device is obtained and delivered through Neurosonic, so only its order has a confirmation. */
    public static boolean isNeededFor(Product product) {
        return product == Product.NEUROSONIC_DEVICE;
    }

    /** Whether a disclosure's named party (its code) is the one an order confirmation goes to: the neurosonic role. */
    public static boolean goesTo(String namedParty) {
        return NamedParty.NEUROSONIC.code().equals(namedParty);
    }

    /** Whether the fields stay within the confirmation's. */
    public static boolean holdsOnlyItsFields(Set<DisclosedField> fields) {
        return FIELDS.containsAll(fields);
    }

    /** The disclosure of the order's confirmation, on the contract (the recipient is named in the register description). */
    public static PersonalDataDisclosedEvent disclosure(PlaceOrderCommand order, Instant at) {
        return new PersonalDataDisclosedEvent(order.customerId(), disclosureIdOf(order.orderId()),
                NamedParty.NEUROSONIC.code(), null, EnumSet.copyOf(FIELDS), order.orderId(), at);
    }

    /** Derived from the order, so one order can have one confirmation and the id is known without a lookup. */
    public static UUID disclosureIdOf(UUID orderId) {
        return UUID.nameUUIDFromBytes(("order-confirmation/" + orderId).getBytes(StandardCharsets.UTF_8));
    }
}
