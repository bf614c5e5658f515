package fi.register.query.reporting;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.service.ServiceProvidedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;

/**
 * The statistics of service use (docs/requirements.md, purposes of processing) for management. One fact per event, in
 * {@code service_use_facts}: {@code _id} = the Axon event identifier, the UTC month of the event's own time, the
 * measure and its dimension codes. No customer id, no personal value: so the facts need nothing from the subject's key,
 * an erasure deletes none of them (the counts of the past stay correct), and a replay of the history, erased subjects
 * included (their codes stay readable), rebuilds exactly the same facts.
 * <p>
 * Idempotent without transactions: a fact is written insert-only under its event identifier, so a batch delivered
 * again counts nothing twice. The report is the count of facts per month, measure and dimensions
 * ({@link ServiceUseReportReader}).
 * <p>
 * A cancellation and a consent's withdrawal do not carry the booking's service and channel or the consent's marketing
 * channel, so those are kept in {@code service_use_open_items} (keyed by a name-based UUID of the booking or consent id,
 * codes only).
 * A closing event marks the item closed rather than deleting it: a booking delivered again after its closing then finds
 * the closed item and does not reopen it, with no read of the facts to find out whether it was counted. That read sent
 * the batch's held writes one round trip per booking and made this view the slowest of a rebuild (docs/architecture.md,
 * "Projection store"). The price is one small document of codes per booking and marketing consent, kept like the facts.
 */
@Component
@ProcessingGroup(ServiceUseReportProjection.PROCESSING_GROUP)
class ServiceUseReportProjection {

    static final String PROCESSING_GROUP = "service-use-report";
    static final String FACTS = "service_use_facts";
    static final String OPEN_ITEMS = "service_use_open_items";
    /** Set on an open item when its booking or consent closes. */
    static final String CLOSED = "closed";
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withZone(ZoneOffset.UTC);
    /** A booking closed by a completion, as the service event's kind (a service event recorded alone has its own). */
    static final String BOOKED_SERVICE = "BOOKING_COMPLETED";

    private final MongoCollection<Document> facts;
    private final MongoCollection<Document> openItems;

    ServiceUseReportProjection(MongoDatabase projectionDatabase) {
        this.facts = projectionDatabase.getCollection(FACTS);
        this.openItems = projectionDatabase.getCollection(OPEN_ITEMS);
        facts.createIndex(Indexes.ascending("month"));
    }

    @EventHandler
    void on(CustomerRegisteredEvent event, @MessageIdentifier String eventId) {
        record(eventId, event.registeredAt(), Measure.CUSTOMERS_REGISTERED,
                code(event.kind()), event.customerGroup());
    }

    @EventHandler
    void on(BookingMadeEvent event, @MessageIdentifier String eventId) {
        String service = event.service();
        String channel = code(event.channel());
        // delivered again after its closing, the booking finds its closed item and stays closed
        open(booking(event.bookingId()), new Document("service", service).append("channel", channel));
        record(eventId, event.bookedAt(), Measure.BOOKINGS_MADE, service, channel);
    }

    @EventHandler
    void on(BookingCancelledEvent event, @MessageIdentifier String eventId) {
        Document booking = itemToClose(booking(event.bookingId()));
        record(eventId, event.cancelledAt(), Measure.BOOKINGS_CANCELLED,
                booking.getString("service"), booking.getString("channel"));
        closeItem(booking(event.bookingId()));
    }

    @EventHandler
    void on(BookingCompletedEvent event, @MessageIdentifier String eventId) {
        record(eventId, event.serviceProvidedAt(), Measure.SERVICES_COMPLETED, event.service(), BOOKED_SERVICE);
        closeItem(booking(event.bookingId()));
    }

    @EventHandler
    void on(ServiceProvidedEvent event, @MessageIdentifier String eventId) {
        record(eventId, event.serviceProvidedAt(), Measure.SERVICES_COMPLETED, event.service(), code(event.kind()));
    }

    @EventHandler
    void on(OrderPlacedEvent event, @MessageIdentifier String eventId) {
        record(eventId, event.placedAt(), Measure.ORDERS_PLACED, code(event.product()), code(event.terms()));
    }

    @EventHandler
    void on(ConsentGivenEvent event, @MessageIdentifier String eventId) {
        String channel = code(event.channel());
        if (event.purpose() == ConsentPurpose.MARKETING) {
            open(consent(event.consentId()), new Document("channel", channel));
        }
        // the recipient of a disclosure consent is a party's name, not a statistic: it is left out
        record(eventId, event.givenAt(), Measure.CONSENTS_GIVEN, code(event.purpose()), channel);
    }

    @EventHandler
    void on(ConsentWithdrawnEvent event, @MessageIdentifier String eventId) {
        String channel = null;
        if (event.purpose() == ConsentPurpose.MARKETING) {
            channel = itemToClose(consent(event.consentId())).getString("channel");
            closeItem(consent(event.consentId()));
        }
        record(eventId, event.withdrawnAt(), Measure.CONSENTS_WITHDRAWN, code(event.purpose()), channel);
    }

    /** Counted, not purged: the erasure itself is a statistic, and no fact belongs to the subject. Replayed too. */
    @EventHandler
    void on(SubjectErasedEvent event, @MessageIdentifier String eventId) {
        record(eventId, event.erasedAt(), Measure.ERASURES, code(event.reason()));
    }

    /** Only the chosen services, never the interview's content: one fact per service chosen. */
    @EventHandler
    void on(InterviewRecordedEvent event, @MessageIdentifier String eventId) {
        if (event.services() == null) {
            return;
        }
        for (String service : event.services()) {
            record(eventId + "/" + service, event.recordedAt(), Measure.INTERVIEWS_BY_SERVICE, service);
        }
    }

    @ResetHandler
    void reset() {
        facts.deleteMany(new Document());
        openItems.deleteMany(new Document());
    }

    private void open(String itemId, Document codes) {
        openItems.updateOne(eq("_id", itemId), new Document("$setOnInsert", codes), new UpdateOptions().upsert(true));
    }

    /**
     * The item a closing event takes its codes from, open or already closed (this event delivered again: its fact is
     * written again with the same codes, which changes nothing). A missing item would be a gap in the history: the
     * event is still counted, with its dimensions unknown, so totals stay right.
     */
    private Document itemToClose(String itemId) {
        Document item = openItems.find(eq("_id", itemId)).first();
        return item != null ? item : new Document();
    }

    private void closeItem(String itemId) {
        openItems.updateOne(eq("_id", itemId), new Document("$set", new Document(CLOSED, true)));
    }

    private void record(String factId, Instant at, Measure measure, String... values) {
        Document dimensions = new Document();
        for (int i = 0; i < values.length; i++) {
            dimensions.append(measure.dimensions().get(i), values[i]);
        }
        Document fact = new Document("month", MONTH.format(at))
                .append("measure", measure.key())
                .append("dimensions", dimensions);
        facts.updateOne(eq("_id", factId), new Document("$setOnInsert", fact), new UpdateOptions().upsert(true));
    }

    private static String booking(UUID bookingId) {
        return itemKey("booking/" + bookingId);
    }

    private static String consent(UUID consentId) {
        return itemKey("consent/" + consentId);
    }

    /**
     * A name-based UUID of the booking's or consent's id: a closed item stays, and the report's store keeps no id that
     * the other views hold in clear and purge at erasure. The ids are random, so the key cannot be guessed back.
     */
    private static String itemKey(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
