package fi.register.query.order;

import fi.register.events.order.DeliveryAddressRectifiedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.query.InMemoryProjectionStore;
import fi.register.query.problem.QueryRefusedException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order view's rules, with the handlers called directly on an in-memory MongoDB and real crypto. */
class OrderViewProjectionTest {

    private static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");
    private static final PostalAddress DELIVERY = new PostalAddress("Toimitustie 5", "00700", "Helsinki", "FI");
    private static final Set<DisclosedField> NEUROSONIC_FIELDS = EnumSet.of(DisclosedField.NAME,
            DisclosedField.DELIVERY_ADDRESS, DisclosedField.DELIVERY_CONTACT, DisclosedField.PRODUCT,
            DisclosedField.ORDER_REFERENCE);

    @TempDir
    Path dataDir;

    private InMemoryProjectionStore store;
    private OrderViewProjection projection;
    private final UUID customerId = UUID.randomUUID();
    private final UUID orderId = UUID.randomUUID();
    private final UUID disclosureId = UUID.randomUUID();

    @BeforeEach
    void start() {
        store = new InMemoryProjectionStore(dataDir);
        projection = new OrderViewProjection(store.database(), store.protection());
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private CustomerRegisteredEvent registered(String phone) {
        return new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Testi", "Tilaaja", null, null,
                new PostalAddress("Kotikatu 9", "00100", "Helsinki", "FI"), null, "tilaaja@example.invalid", phone,
                "NEUROSONIC_PURCHASE", "fi", AT);
    }

    private void orderAndConfirm(Set<DisclosedField> fields) {
        projection.on(new OrderPlacedEvent(customerId, orderId, Product.NEUROSONIC_DEVICE, OrderTerms.SALE, DELIVERY,
                AT.plusSeconds(60)), "staff");
        projection.on(new PersonalDataDisclosedEvent(customerId, disclosureId, "NEUROSONIC", null, fields, orderId,
                AT.plusSeconds(60)), "staff", "CONTRACT", null);
    }

    private OrderConfirmationResponse confirmation() {
        return projection.handle(new FetchOrderConfirmationQuery(customerId, orderId));
    }

    @Test
    void theConfirmationHoldsExactlyTheDisclosedFieldsComposedFromTheViewAndTheOrder() {
        projection.on(registered("+358 40 000 0001"), 0);
        orderAndConfirm(NEUROSONIC_FIELDS);

        OrderConfirmationResponse confirmation = confirmation();

        assertThat(confirmation.namedParty()).isEqualTo("NEUROSONIC");
        assertThat(confirmation.legalBasis()).isEqualTo(LegalBasis.CONTRACT);
        assertThat(confirmation.fields()).containsExactlyInAnyOrderElementsOf(NEUROSONIC_FIELDS);
        JsonNode document = new ObjectMapper().valueToTree(confirmation.document());
        List<String> keys = new ArrayList<>();
        document.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("orderReference", "product", "name", "deliveryAddress", "deliveryContact");
        assertThat(confirmation.document().name()).isEqualTo("Testi Tilaaja");
        assertThat(confirmation.document().deliveryAddress()).isEqualTo(DELIVERY);
        assertThat(confirmation.document().deliveryContact()).isEqualTo("+358 40 000 0001");
        assertThat(confirmation.document().product()).isEqualTo(Product.NEUROSONIC_DEVICE);
        assertThat(confirmation.document().orderReference()).isEqualTo(orderId.toString());
    }

    @Test
    void aFieldTheDisclosureDoesNotNameStaysOutEvenThoughTheViewHoldsIt() {
        projection.on(registered("+358 40 000 0001"), 0);
        orderAndConfirm(EnumSet.of(DisclosedField.ORDER_REFERENCE, DisclosedField.PRODUCT));

        JsonNode document = new ObjectMapper().valueToTree(confirmation().document());

        List<String> keys = new ArrayList<>();
        document.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("orderReference", "product");
    }

    @Test
    void theDeliveryContactIsTheEmailWhenNoPhoneIsOnRecordAndNamesAreAsRectifiedBeforeTheOrder() {
        projection.on(registered(null), 0);
        projection.on(new CustomerRectifiedEvent(customerId, Set.of(CustomerField.LAST_NAME), null, "Korjattu", null,
                null, null, null, null, null, null, null, AT.plusSeconds(5)), 1);
        orderAndConfirm(NEUROSONIC_FIELDS);

        assertThat(confirmation().document().deliveryContact()).isEqualTo("tilaaja@example.invalid");
        assertThat(confirmation().document().name()).isEqualTo("Testi Korjattu");
    }

    @Test
    void theConfirmationNamesTheCompanyOnly_WhenItWasRegisteredWithoutAContactPerson() {
        projection.on(new CustomerRegisteredEvent(customerId, CustomerKind.COMPANY, null, null, "Testiyhtiö Oy",
                "2096006-8", null, null, null, "+358 9 000 0000", "NEUROSONIC_PURCHASE", "fi", AT), 0);
        orderAndConfirm(NEUROSONIC_FIELDS);

        assertThat(confirmation().document().name()).isNull();
        assertThat(confirmation().document().companyName()).isEqualTo("Testiyhtiö Oy");
        assertThat(confirmation().document().deliveryContact()).isEqualTo("+358 9 000 0000");
    }

    @Test
    void ordersAndDisclosuresAreListedWithWhoPlacedThemAndTheBasis() {
        projection.on(registered("+358 40 000 0001"), 0);
        orderAndConfirm(NEUROSONIC_FIELDS);
        UUID consentId = UUID.randomUUID();
        projection.on(new PersonalDataDisclosedEvent(customerId, UUID.randomUUID(), null, "Esimerkki Oy",
                EnumSet.of(DisclosedField.EMAIL), null, AT.plusSeconds(120)), "staff", "CONSENT", consentId.toString());

        List<OrderResponse> orders = projection.handle(new FetchOrdersQuery(customerId));
        List<DisclosureResponse> disclosures = projection.handle(new FetchDisclosuresQuery(customerId));

        assertThat(orders).singleElement().satisfies(order -> {
            assertThat(order.deliveryAddress()).isEqualTo(DELIVERY);
            assertThat(order.placedBy()).isEqualTo("staff");
            assertThat(order.confirmationSentTo()).isEqualTo("NEUROSONIC");
        });
        assertThat(disclosures).extracting(DisclosureResponse::namedParty, DisclosureResponse::recipient,
                        DisclosureResponse::legalBasis, DisclosureResponse::consentId, DisclosureResponse::orderId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NEUROSONIC", null, LegalBasis.CONTRACT, null, orderId),
                        org.assertj.core.groups.Tuple.tuple(null, "Esimerkki Oy", LegalBasis.CONSENT, consentId, null));
    }

    @Test
    void anUnknownOrderAndAnOrderWithoutConfirmationAreTold() {
        projection.on(registered(null), 0);
        projection.on(new OrderPlacedEvent(customerId, orderId, Product.EMFIT_MONITOR, OrderTerms.RENTAL, DELIVERY, AT), "staff");

        assertThatThrownBy(this::confirmation).isInstanceOfSatisfying(QueryRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(Refusal.NO_ORDER_CONFIRMATION));
        assertThatThrownBy(() -> projection.handle(new FetchOrderConfirmationQuery(customerId, UUID.randomUUID())))
                .isInstanceOfSatisfying(QueryRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.ORDER_NOT_FOUND));
    }

    @Test
    void noNameAddressOrContactIsStoredInClearText() {
        projection.on(registered("+358 40 000 0001"), 0);
        orderAndConfirm(NEUROSONIC_FIELDS);

        assertThat(store.clearTextFound(List.of("Testi", "Tilaaja", "Toimitustie", "Kotikatu", "tilaaja@example.invalid",
                "+358 40 000 0001"))).isEmpty();
        assertThat(store.clearTextFound(List.of("NEUROSONIC", "DELIVERY_CONTACT"))).hasSize(2);
    }

    @Test
    void keeps_AFreeTextRecipientSealed_AndShownOnlyWhileTheKeyLives() {
        projection.on(registered(null), 0);
        projection.on(new PersonalDataDisclosedEvent(customerId, UUID.randomUUID(), null, "a sister, with her street address",
                EnumSet.of(DisclosedField.NAME), null, AT.plusSeconds(120)), "staff", "CONSENT", UUID.randomUUID().toString());

        assertThat(store.clearTextFound(List.of("a sister"))).isEmpty();
        assertThat(projection.handle(new FetchDisclosuresQuery(customerId)))
                .extracting(DisclosureResponse::recipient).containsExactly("a sister, with her street address");

        store.protection().keyStore().destroy(customerId);
        assertThat(projection.handle(new FetchDisclosuresQuery(customerId)))
                .extracting(DisclosureResponse::recipient).as("sealed, so erased with the key").containsOnlyNulls();
    }

    @Test
    void applyingTheSameEventsAgainChangesNothing() {
        projection.on(registered("+358 40 000 0001"), 0);
        orderAndConfirm(NEUROSONIC_FIELDS);
        List<Document> before = all();

        projection.on(registered("+358 40 000 0009"), 0);
        orderAndConfirm(NEUROSONIC_FIELDS);

        assertThat(all()).isEqualTo(before);
    }

    @Test
    void erasurePurgesEverythingAndAReplayDoesNotBringItBack() {
        projection.on(registered("+358 40 000 0001"), 0);
        orderAndConfirm(NEUROSONIC_FIELDS);

        store.protection().keyStore().destroy(customerId); // what the command side's shredder does
        projection.on(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, AT.plusSeconds(300)));
        assertThat(all()).isEmpty();

        // a replay reads the same events with their personal fields as "[erased]" and must store none of them
        projection.reset();
        projection.on(registered(fi.register.events.personal.PersonalData.ERASED), 0);
        orderAndConfirm(NEUROSONIC_FIELDS);
        assertThat(all()).isEmpty();
        assertThat(projection.handle(new FetchOrdersQuery(customerId))).isEmpty();
    }

    private List<Document> all() {
        List<Document> documents = new ArrayList<>();
        for (String name : List.of(OrderViewProjection.ORDERS, OrderViewProjection.DISCLOSURES, OrderViewProjection.CONTACTS)) {
            store.database().getCollection(name).find().forEach(documents::add);
        }
        return documents;
    }

    @Test
    void keeps_TheCorrectedDeliveryAddressSealed_WhileTheConfirmationAlreadySentKeepsTheOneItWentOutWith() {
        projection.on(registered(null), 0);
        orderAndConfirm(Set.of(DisclosedField.NAME, DisclosedField.DELIVERY_ADDRESS));
        PostalAddress corrected = new PostalAddress("Korjattukuja-Wibble 3", "00800", "Helsinki", "FI");

        projection.on(new DeliveryAddressRectifiedEvent(customerId, orderId, corrected, AT.plusSeconds(600)), 5);

        assertThat(projection.handle(new FetchOrdersQuery(customerId))).singleElement()
                .satisfies(order -> assertThat(order.deliveryAddress()).isEqualTo(corrected));
        assertThat(confirmation().document().deliveryAddress()).isEqualTo(DELIVERY);
        assertThat(store.clearTextFound(List.of("Wibble"))).isEmpty();
    }
}
