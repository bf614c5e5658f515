package fi.register.rules;

import fi.register.events.customer.PostalAddress;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.PlaceOrderCommand;
import fi.register.events.order.Product;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NeurosonicOrderConfirmationTest {

    @Test
    void allows_WhenANeurosonicDeviceIsOrderedAConfirmationOnly() {
        assertThat(NeurosonicOrderConfirmation.isNeededFor(Product.NEUROSONIC_DEVICE)).isTrue();
        assertThat(NeurosonicOrderConfirmation.isNeededFor(Product.EMFIT_MONITOR)).isFalse();
    }

    @Test
    void refuses_WhenTheConfirmationWouldHoldMoreThanItsFields() {
        assertThat(NeurosonicOrderConfirmation.holdsOnlyItsFields(NeurosonicOrderConfirmation.FIELDS)).isTrue();
        assertThat(NeurosonicOrderConfirmation.holdsOnlyItsFields(Set.of(DisclosedField.NAME))).isTrue();
        assertThat(NeurosonicOrderConfirmation.holdsOnlyItsFields(Set.of(DisclosedField.NAME, DisclosedField.EMAIL)))
                .isFalse();
        assertThat(NeurosonicOrderConfirmation.FIELDS).as("in the fields' order, as findings list them").containsExactly(
                DisclosedField.NAME, DisclosedField.DELIVERY_ADDRESS, DisclosedField.DELIVERY_CONTACT,
                DisclosedField.PRODUCT, DisclosedField.ORDER_REFERENCE);
        assertThatThrownBy(() -> NeurosonicOrderConfirmation.FIELDS.add(DisclosedField.EMAIL))
                .as("no one widens the confirmation at run time").isInstanceOf(UnsupportedOperationException.class);
        assertThat(NeurosonicOrderConfirmation.FIELDS).doesNotContain(DisclosedField.DATE_OF_BIRTH, DisclosedField.EMAIL,
                DisclosedField.PHONE, DisclosedField.BILLING, DisclosedField.CUSTOMER_GROUP);
    }

    @Test
    void refuses_WhenTheConfirmationGoesToAnyoneButNeurosonic() {
        assertThat(NeurosonicOrderConfirmation.goesTo(NamedParty.NEUROSONIC.code())).isTrue();
        assertThat(NeurosonicOrderConfirmation.goesTo(NamedParty.EMFIT.code())).isFalse();
        assertThat(NeurosonicOrderConfirmation.goesTo(null)).isFalse();
    }

    @Test
    void allows_WhenTheDisclosureIsTheOrdersOneConfirmationToTheNamedNeurosonic() {
        UUID orderId = UUID.randomUUID();
        PlaceOrderCommand order = new PlaceOrderCommand(UUID.randomUUID(), orderId, Product.NEUROSONIC_DEVICE,
                OrderTerms.SALE, new PostalAddress("Esimerkkitie 1", "00100", "Helsinki", "FI"));
        Instant at = Instant.parse("2026-01-02T10:00:00Z");

        PersonalDataDisclosedEvent disclosure = NeurosonicOrderConfirmation.disclosure(order, at);

        assertThat(disclosure.namedParty()).isEqualTo("NEUROSONIC");
        assertThat(disclosure.recipient()).as("a named party has no personal text").isNull();
        assertThat(disclosure.fields()).isEqualTo(NeurosonicOrderConfirmation.FIELDS);
        assertThat(disclosure.orderId()).isEqualTo(orderId);
        assertThat(disclosure.disclosureId()).as("one order, one confirmation")
                .isEqualTo(NeurosonicOrderConfirmation.disclosureIdOf(orderId))
                .isNotEqualTo(NeurosonicOrderConfirmation.disclosureIdOf(UUID.randomUUID()));
    }
}
