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
 * channel, so those are kept in {@code service_use_open_items} (keyed by the random booking or consent id, codes only)
 * while the booking or consent is open, and dropped when it closes.
 */
@Component
@ProcessingGroup(ServiceUseReportProjection.PROCESSING_GROUP)
class ServiceUseReportProjection {

    static final String PROCESSING_GROUP = "service-use-report";
    static final String FACTS = "service_use_facts";
    static final String OPEN_ITEMS = "service_use_open_items";
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
        if (recorded(eventId)) {
            return; // redelivered: the booking may since have closed, so it must not be reopened
        }
        String service = event.service();
        String channel = code(event.channel());
        openItems.updateOne(eq("_id", booking(event.bookingId())),
                new Document("$setOnInsert", new Document("service", service).append("channel", channel)),
                new UpdateOptions().upsert(true));
        record(eventId, event.bookedAt(), Measure.BOOKINGS_MADE, service, channel);
    }

    @EventHandler
    void on(BookingCancelledEvent event, @MessageIdentifier String eventId) {
        Document booking = close(eventId, booking(event.bookingId()));
        if (booking != null) {
            record(eventId, event.cancelledAt(), Measure.BOOKINGS_CANCELLED,
                    booking.getString("service"), booking.getString("channel"));
            openItems.deleteOne(eq("_id", booking(event.bookingId())));
        }
    }

    @EventHandler
    void on(BookingCompletedEvent event, @MessageIdentifier String eventId) {
        record(eventId, event.serviceProvidedAt(), Measure.SERVICES_COMPLETED, event.service(), BOOKED_SERVICE);
        openItems.deleteOne(eq("_id", booking(event.bookingId())));
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
        if (recorded(eventId)) {
            return;
        }
        String channel = code(event.channel());
        if (event.purpose() == ConsentPurpose.MARKETING) {
            openItems.updateOne(eq("_id", consent(event.consentId())),
                    new Document("$setOnInsert", new Document("channel", channel)), new UpdateOptions().upsert(true));
        }
        // the recipient of a disclosure consent is a party's name, not a statistic: it is left out
        record(eventId, event.givenAt(), Measure.CONSENTS_GIVEN, code(event.purpose()), channel);
    }

    @EventHandler
    void on(ConsentWithdrawnEvent event, @MessageIdentifier String eventId) {
        String channel = null;
        if (event.purpose() == ConsentPurpose.MARKETING) {
            Document consent = close(eventId, consent(event.consentId()));
            if (consent == null) {
                return;
            }
            channel = consent.getString("channel");
        }
        record(eventId, event.withdrawnAt(), Measure.CONSENTS_WITHDRAWN, code(event.purpose()), channel);
        openItems.deleteOne(eq("_id", consent(event.consentId())));
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

    /**
     * The open item a closing event needs, or {@code null} when this event was already counted (redelivered after the
     * item was dropped). An item missing for an event not yet counted would be a gap in the history: the event is still
     * counted, with its dimensions unknown, so totals stay right.
     */
    private Document close(String eventId, String itemId) {
        if (recorded(eventId)) {
            return null;
        }
        Document item = openItems.find(eq("_id", itemId)).first();
        return item != null ? item : new Document();
    }

    private boolean recorded(String factId) {
        return facts.find(eq("_id", factId)).first() != null;
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
        return "booking/" + bookingId;
    }

    private static String consent(UUID consentId) {
        return "consent/" + consentId;
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
