package fi.register.command.order;

import fi.register.command.customer.Customer;
import fi.register.command.customer.ServiceFixtures;
import fi.register.autoconfigure.parties.NamedParties;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.LegalBasis;
import fi.register.events.customer.BillingDetails;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.PlaceOrderCommand;
import fi.register.events.order.Product;
import fi.register.rules.NeurosonicOrderConfirmation;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CoreMatchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.UUID;

import static fi.register.command.customer.CustomerFixtures.NOW;
import static fi.register.command.customer.CustomerFixtures.ADDRESS;
import static fi.register.command.customer.CustomerFixtures.E_INVOICE;
import static fi.register.command.customer.CustomerFixtures.person;
import static fi.register.command.customer.CustomerFixtures.phoneOnlyPerson;
import static fi.register.command.customer.CustomerFixtures.registered;
import static fi.register.command.customer.RefusalMatcher.refusedFor;
import static fi.register.command.customer.ViolationMatcher.violates;
import static fi.register.command.customer.ServiceFixtures.healthDataConsent;
import static fi.register.command.customer.ServiceFixtures.withBasis;
import static fi.register.command.customer.ServiceFixtures.writtenDisclosureConsent;
import static org.assertj.core.api.Assertions.assertThat;

class OrderTest {

    private static final PostalAddress DELIVERY = new PostalAddress("Toimitustie 5", "00700", "Helsinki", "FI");

    private final UUID customerId = UUID.randomUUID();
    private final UUID orderId = UUID.randomUUID();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = ServiceFixtures.fixture();
    }

    @Test
    void emits_OrderPlacedAndItsConfirmationToNeurosonic_WhenANeurosonicDeviceIsOrdered() {
        fixture.given(registered(person(customerId)))
                .when(new PlaceOrderCommand(customerId, orderId, Product.NEUROSONIC_DEVICE, OrderTerms.SALE, DELIVERY))
                .expectEvents(
                        new OrderPlacedEvent(customerId, orderId, Product.NEUROSONIC_DEVICE, OrderTerms.SALE, DELIVERY, NOW),
                        new PersonalDataDisclosedEvent(customerId, NeurosonicOrderConfirmation.disclosureIdOf(orderId),
                                "NEUROSONIC", null, EnumSet.of(DisclosedField.NAME, DisclosedField.DELIVERY_ADDRESS,
                                DisclosedField.DELIVERY_CONTACT, DisclosedField.PRODUCT, DisclosedField.ORDER_REFERENCE),
                                orderId, NOW))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONTRACT, null),
                        withBasis(LegalBasis.CONTRACT, null), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenTheCustomerHasNoAddress() {
        // registered by phone: the order is billed, and there is nothing to bill to yet
        fixture.given(registered(phoneOnlyPerson(customerId)))
                .when(new PlaceOrderCommand(customerId, orderId, Product.EMFIT_MONITOR, OrderTerms.SALE, DELIVERY))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.ADDRESS_REQUIRED, "address"));
    }

    @Test
    void emits_OrderPlaced_WhenStaffAddedTheAddressByRectification() {
        fixture.given(registered(phoneOnlyPerson(customerId)), rectified(CustomerField.ADDRESS, ADDRESS, null))
                .when(new PlaceOrderCommand(customerId, orderId, Product.EMFIT_MONITOR, OrderTerms.SALE, DELIVERY))
                .expectEvents(new OrderPlacedEvent(customerId, orderId, Product.EMFIT_MONITOR, OrderTerms.SALE, DELIVERY, NOW));
    }

    @Test
    void emits_OrderPlaced_WhenTheCustomerIsBilledByEInvoiceWithoutAnAddress() {
        fixture.given(registered(phoneOnlyPerson(customerId)), rectified(CustomerField.BILLING, null, E_INVOICE))
                .when(new PlaceOrderCommand(customerId, orderId, Product.EMFIT_MONITOR, OrderTerms.RENTAL, DELIVERY))
                .expectEvents(new OrderPlacedEvent(customerId, orderId, Product.EMFIT_MONITOR, OrderTerms.RENTAL, DELIVERY, NOW));
    }

    @Test
    void rejects_WhenTheAddressWasRemovedByRectification() {
        fixture.given(registered(person(customerId)), rectified(CustomerField.ADDRESS, null, null))
                .when(new PlaceOrderCommand(customerId, orderId, Product.NEUROSONIC_DEVICE, OrderTerms.SALE, DELIVERY))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.ADDRESS_REQUIRED, "address"));
    }

    private CustomerRectifiedEvent rectified(CustomerField field, PostalAddress address, BillingDetails billing) {
        return new CustomerRectifiedEvent(customerId, EnumSet.of(field), null, null, null, null, address, billing, null,
                null, null, null, NOW);
    }

    @Test
    void emits_TheSameConfirmationFieldsWhateverConsentsAreInForce() {
        // a health-data consent or a disclosure consent to Neurosonic widens nothing: the whitelist is the whole list
        UUID disclosureConsent = UUID.randomUUID();
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, UUID.randomUUID()),
                        writtenDisclosureConsent(customerId, disclosureConsent, "Neurosonic Finland Oy"))
                .when(new PlaceOrderCommand(customerId, orderId, Product.NEUROSONIC_DEVICE, OrderTerms.RENTAL, DELIVERY))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.<Object>exactSequenceOf(CoreMatchers.anything(),
                        Matchers.matches(payload -> payload instanceof PersonalDataDisclosedEvent disclosed
                                && disclosed.fields().equals(NeurosonicOrderConfirmation.FIELDS)),
                        Matchers.andNoMore())));
    }

    @Test
    void theNeurosonicWhitelistCarriesNoHealthDataNorAnythingBeyondDelivery() {
        assertThat(NeurosonicOrderConfirmation.FIELDS).containsExactlyInAnyOrder(DisclosedField.NAME,
                DisclosedField.DELIVERY_ADDRESS, DisclosedField.DELIVERY_CONTACT, DisclosedField.PRODUCT,
                DisclosedField.ORDER_REFERENCE);
    }

    @Test
    void emits_OnlyOrderPlaced_WhenAnEmfitMonitorIsOrdered() {
        fixture.given(registered(person(customerId)))
                .when(new PlaceOrderCommand(customerId, orderId, Product.EMFIT_MONITOR, OrderTerms.SALE, DELIVERY))
                .expectEvents(new OrderPlacedEvent(customerId, orderId, Product.EMFIT_MONITOR, OrderTerms.SALE, DELIVERY, NOW));
    }

    @Test
    void emits_ConfirmationNamingTheNeurosonicRoleByCode_WhateverNameItIsConfiguredUnder() {
        fixture = ServiceFixtures.fixture(new NamedParties("Laitetoimittaja Oy", "Analyysi Oy", "Uni Oy", "Varaus Oy"));
        fixture.given(registered(person(customerId)))
                .when(new PlaceOrderCommand(customerId, orderId, Product.NEUROSONIC_DEVICE, OrderTerms.SALE, DELIVERY))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.<Object>exactSequenceOf(CoreMatchers.anything(),
                        Matchers.matches(payload -> payload instanceof PersonalDataDisclosedEvent disclosed
                                && disclosed.namedParty().equals("NEUROSONIC") && disclosed.recipient() == null),
                        Matchers.andNoMore())));
    }

    @Test
    void rejects_WhenSubjectWasErased() {
        fixture.given(registered(person(customerId)), new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW))
                .when(new PlaceOrderCommand(customerId, orderId, Product.NEUROSONIC_DEVICE, OrderTerms.SALE, DELIVERY))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_ERASED));
    }

    @Test
    void rejects_WhenOrderNamesNoDeliveryAddress() {
        fixture.given(registered(person(customerId)))
                .when(new PlaceOrderCommand(customerId, orderId, Product.NEUROSONIC_DEVICE, OrderTerms.SALE, null))
                .expectNoEvents()
                .expectException(violates("deliveryAddress"));
    }
}
