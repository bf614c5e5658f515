package fi.register.query.order;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.EventMetadata;
import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.order.DeliveryAddressRectifiedEvent;
import fi.register.events.order.OrderConfirmation;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.query.keys.ViewSeal;
import fi.register.query.mongo.ErasableView;
import fi.register.query.problem.QueryRefusedException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * Orders ({@code orders}), disclosures ({@code disclosures}) and, to compose order confirmations, each subject's
 * names and contact details ({@code order_contacts}). One processor handles all three, so when a confirmation's
 * disclosure arrives the order and the contact details it is composed from are already here, as they were at that
 * moment. In clear: ids, products, terms, named parties' codes, field names, legal bases, times; sealed under the
 * subject's key: delivery addresses, contact details, the confirmation documents and a disclosure's free-text
 * recipient (anyone outside the named parties). Idempotent without transactions: orders and
 * disclosures are insert-only, contact details remember the sequence number of the last event applied.
 */
@Component
@ProcessingGroup(OrderViewProjection.PROCESSING_GROUP)
class OrderViewProjection {

    static final String PROCESSING_GROUP = "order-view";
    static final String ORDERS = "orders";
    static final String DISCLOSURES = "disclosures";
    static final String CONTACTS = "order_contacts";
    private static final String DELIVERY_CONTEXT = "order-view/delivery-address/";
    private static final String CONTACT_CONTEXT = "order-view/contact";
    private static final String CONFIRMATION_CONTEXT = "order-view/confirmation/";
    private static final String RECIPIENT_CONTEXT = "order-view/disclosure-recipient/";

    private final ErasableView view;
    private final MongoCollection<Document> orders;
    private final MongoCollection<Document> disclosures;
    private final MongoCollection<Document> contacts;
    private final ViewSeal seal;

    OrderViewProjection(MongoDatabase projectionDatabase, PersonalDataProtection protection) {
        this.view = new ErasableView(protection);
        this.orders = view.itemsPerSubject(projectionDatabase, ORDERS);
        this.disclosures = view.itemsPerSubject(projectionDatabase, DISCLOSURES);
        this.contacts = view.onePerSubject(projectionDatabase, CONTACTS);
        this.seal = new ViewSeal(protection.cipher());
    }

    @EventHandler
    void on(CustomerRegisteredEvent event, @SequenceNumber long sequence) {
        UUID id = event.customerId();
        if (view.isErased(id)) {
            return;
        }
        Document contact = new Document("details", seal.seal(id, CONTACT_CONTEXT, ContactDetails.of(event)))
                .append(ErasableView.LAST_SEQUENCE, sequence);
        view.insertOnce(contacts, id.toString(), contact);
    }

    @EventHandler
    void on(CustomerRectifiedEvent event, @SequenceNumber long sequence) {
        UUID id = event.customerId();
        if (view.isErased(id) || !ContactDetails.changesContact(event)) {
            return;
        }
        Document current = contacts.find(ErasableView.notYetApplied(id.toString(), sequence)).first();
        Optional<ContactDetails> details = current == null ? Optional.empty()
                : seal.open(id, CONTACT_CONTEXT, current.getString("details"), ContactDetails.class);
        details.ifPresent(before -> contacts.updateOne(ErasableView.notYetApplied(id.toString(), sequence),
                new Document("$set", new Document("details", seal.seal(id, CONTACT_CONTEXT, before.rectifiedBy(event)))
                        .append(ErasableView.LAST_SEQUENCE, sequence))));
    }

    @EventHandler
    void on(OrderPlacedEvent event, @MetaDataValue(EventMetadata.ACTOR) String actor) {
        UUID id = event.customerId();
        if (view.isErased(id)) {
            return;
        }
        Document order = view.newItem(id)
                .append("product", event.product().name())
                .append("terms", event.terms().name())
                .append("deliveryAddress", seal.seal(id, DELIVERY_CONTEXT + event.orderId(), event.deliveryAddress()))
                .append("placedAt", Date.from(event.placedAt()))
                .append("placedBy", actor);
        view.insertOnce(orders, event.orderId().toString(), order);
    }

    /**
     * A corrected delivery address (issue 12), resealed in place. A confirmation already composed keeps the address it
     * went out with: that is what was disclosed.
     */
    @EventHandler
    void on(DeliveryAddressRectifiedEvent event, @SequenceNumber long sequence) {
        UUID id = event.customerId();
        String orderId = event.orderId().toString();
        if (view.isErased(id)) {
            return;
        }
        orders.updateOne(ErasableView.itemNotYetApplied(orderId, sequence), new Document("$set",
                new Document("deliveryAddress", seal.seal(id, DELIVERY_CONTEXT + orderId, event.deliveryAddress()))
                        .append(ErasableView.LAST_SEQUENCE, sequence)));
    }

    @EventHandler
    void on(PersonalDataDisclosedEvent event, @MetaDataValue(EventMetadata.ACTOR) String actor,
            @MetaDataValue(EventMetadata.LEGAL_BASIS) String legalBasis,
            @MetaDataValue(EventMetadata.CONSENT_ID) String consentId) {
        UUID id = event.customerId();
        if (view.isErased(id)) {
            return;
        }
        Document disclosure = view.newItem(id)
                .append("namedParty", event.namedParty())
                .append("recipient", seal.sealText(id, RECIPIENT_CONTEXT + event.disclosureId(), event.recipient()))
                .append("fields", event.fields().stream().sorted().map(Enum::name).toList())
                .append("legalBasis", legalBasis)
                .append("consentId", consentId)
                .append("orderId", event.orderId() == null ? null : event.orderId().toString())
                .append("disclosedAt", Date.from(event.disclosedAt()))
                .append("disclosedBy", actor)
                .append("document", event.orderId() == null ? null : sealedConfirmation(event));
        view.insertOnce(disclosures, event.disclosureId().toString(), disclosure);
        if (event.orderId() != null) {
            orders.updateOne(eq("_id", event.orderId().toString()),
                    new Document("$set", new Document("confirmationSentTo", event.namedParty())));
        }
    }

    /** Purges the subject's orders, disclosures and contact details; not replayed, as a replay skips erased subjects. */
    @EventHandler
    @DisallowReplay
    void on(SubjectErasedEvent event) {
        view.purge(event.customerId());
    }

    @ResetHandler
    void reset() {
        view.reset();
    }

    @QueryHandler
    List<OrderResponse> handle(FetchOrdersQuery query) {
        UUID id = query.customerId();
        List<OrderResponse> found = new ArrayList<>();
        for (Document order : view.itemsOf(orders, id, "placedAt")) {
            UUID orderId = UUID.fromString(order.getString("_id"));
            deliveryAddress(id, orderId, order).ifPresent(address -> found.add(new OrderResponse(id, orderId,
                    Product.valueOf(order.getString("product")), OrderTerms.valueOf(order.getString("terms")), address,
                    order.getDate("placedAt").toInstant(), order.getString("placedBy"),
                    order.getString("confirmationSentTo"))));
        }
        return found;
    }

    @QueryHandler
    List<DisclosureResponse> handle(FetchDisclosuresQuery query) {
        UUID id = query.customerId();
        List<DisclosureResponse> found = new ArrayList<>();
        for (Document disclosure : view.itemsOf(disclosures, id, "disclosedAt")) {
            String disclosureId = disclosure.getString("_id");
            found.add(new DisclosureResponse(id, UUID.fromString(disclosureId), disclosure.getString("namedParty"),
                    seal.openTextSealedSince(id, RECIPIENT_CONTEXT + disclosureId, disclosure.getString("recipient")).orElse(null),
                    fields(disclosure), legalBasis(disclosure),
                    uuid(disclosure.getString("consentId")), uuid(disclosure.getString("orderId")),
                    disclosure.getDate("disclosedAt").toInstant(), disclosure.getString("disclosedBy")));
        }
        return found;
    }

    @QueryHandler
    OrderConfirmationResponse handle(FetchOrderConfirmationQuery query) {
        UUID id = query.customerId();
        String orderId = query.orderId().toString();
        if (orders.find(and(eq("_id", orderId), eq(ErasableView.SUBJECT, id.toString()))).first() == null) {
            throw new QueryRefusedException(Refusal.ORDER_NOT_FOUND, "This customer has no order with this id.");
        }
        Document disclosure = disclosures.find(and(eq("orderId", orderId), eq(ErasableView.SUBJECT, id.toString()))).first();
        if (disclosure == null) {
            throw new QueryRefusedException(Refusal.NO_ORDER_CONFIRMATION,
                    "No order confirmation went out for this order: only Neurosonic device orders have one.");
        }
        OrderConfirmation document = seal.open(id, CONFIRMATION_CONTEXT + orderId, disclosure.getString("document"),
                        OrderConfirmation.class)
                .orElseThrow(() -> new QueryRefusedException(Refusal.SUBJECT_ERASED,
                        "This customer was erased: the register holds no personal data about them any more."));
        return new OrderConfirmationResponse(id, query.orderId(), disclosure.getString("namedParty"), legalBasis(disclosure),
                fields(disclosure), disclosure.getDate("disclosedAt").toInstant(), document);
    }

    /** Composed now, from the order and the contact details as they are at the moment of the disclosure, then sealed. */
    private String sealedConfirmation(PersonalDataDisclosedEvent event) {
        UUID id = event.customerId();
        Document order = orders.find(eq("_id", event.orderId().toString())).first();
        if (order == null) {
            return null; // not expected: the order precedes its confirmation in the subject's stream and in this processor
        }
        Document contact = contacts.find(eq("_id", id.toString())).first();
        ContactDetails details = contact == null ? null
                : seal.open(id, CONTACT_CONTEXT, contact.getString("details"), ContactDetails.class).orElse(null);
        OrderConfirmation document = OrderConfirmationComposer.compose(event.fields(), event.orderId(),
                Product.valueOf(order.getString("product")), deliveryAddress(id, event.orderId(), order).orElse(null),
                details);
        return seal.seal(id, CONFIRMATION_CONTEXT + event.orderId(), document);
    }

    private Optional<PostalAddress> deliveryAddress(UUID customerId, UUID orderId, Document order) {
        return seal.open(customerId, DELIVERY_CONTEXT + orderId, order.getString("deliveryAddress"), PostalAddress.class);
    }

    private static List<DisclosedField> fields(Document disclosure) {
        return disclosure.getList("fields", String.class).stream().map(DisclosedField::valueOf).sorted().toList();
    }

    private static LegalBasis legalBasis(Document disclosure) {
        String basis = disclosure.getString("legalBasis");
        return basis == null ? null : LegalBasis.valueOf(basis);
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
