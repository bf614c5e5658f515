package fi.register.query.booking;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.EventMetadata;
import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.events.booking.BookingStatus;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import fi.register.query.mongo.ErasableView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Bookings ({@code bookings}, one document per booking) and service events ({@code service_events}, one per
 * completed booking or service recorded without one). Codes, times and ids only: nothing here needs sealing, yet all
 * of it is the subject's and goes with the erasure. Idempotent without transactions: documents are created
 * insert-only, and a booking remembers the sequence number of the last event applied to it.
 */
@Component
@ProcessingGroup(BookingViewProjection.PROCESSING_GROUP)
class BookingViewProjection {

    static final String PROCESSING_GROUP = "booking-view";
    static final String BOOKINGS = "bookings";
    static final String SERVICE_EVENTS = "service_events";

    private final ErasableView view;
    private final MongoCollection<Document> bookings;
    private final MongoCollection<Document> serviceEvents;

    BookingViewProjection(MongoDatabase projectionDatabase, PersonalDataProtection protection) {
        this.view = new ErasableView(protection);
        this.bookings = view.itemsPerSubject(projectionDatabase, BOOKINGS);
        this.serviceEvents = view.itemsPerSubject(projectionDatabase, SERVICE_EVENTS);
    }

    @EventHandler
    void on(BookingMadeEvent event, @MetaDataValue(EventMetadata.ACTOR) String actor, @SequenceNumber long sequence) {
        if (view.isErased(event.customerId())) {
            return;
        }
        Document booking = view.newItem(event.customerId())
                .append("service", event.service())
                .append("startsAt", date(event.startsAt()))
                .append("channel", event.channel().name())
                .append("status", BookingStatus.BOOKED.name())
                .append("bookedAt", date(event.bookedAt()))
                .append("bookedBy", actor)
                .append("rescheduledAt", null)
                .append("cancelledAt", null)
                .append("completedAt", null)
                .append(ErasableView.LAST_SEQUENCE, sequence);
        view.insertOnce(bookings, event.bookingId().toString(), booking);
    }

    @EventHandler
    void on(BookingRescheduledEvent event, @SequenceNumber long sequence) {
        update(event.customerId(), event.bookingId(), sequence, new Document("startsAt", date(event.startsAt()))
                .append("rescheduledAt", date(event.rescheduledAt())));
    }

    @EventHandler
    void on(BookingCancelledEvent event, @SequenceNumber long sequence) {
        update(event.customerId(), event.bookingId(), sequence, new Document("status", BookingStatus.CANCELLED.name())
                .append("cancelledAt", date(event.cancelledAt())));
    }

    @EventHandler
    void on(BookingCompletedEvent event, @MetaDataValue(EventMetadata.ACTOR) String actor, @SequenceNumber long sequence) {
        if (view.isErased(event.customerId())) {
            return;
        }
        update(event.customerId(), event.bookingId(), sequence, new Document("status", BookingStatus.COMPLETED.name())
                .append("completedAt", date(event.serviceProvidedAt())));
        Document serviceEvent = view.newItem(event.customerId())
                .append("bookingId", event.bookingId().toString())
                .append("service", event.service())
                .append("serviceProvidedAt", date(event.serviceProvidedAt()))
                .append("recordedBy", actor);
        view.insertOnce(serviceEvents, "booking/" + event.bookingId(), serviceEvent);
    }

    @EventHandler
    void on(ServiceProvidedEvent event, @MetaDataValue(EventMetadata.ACTOR) String actor) {
        if (view.isErased(event.customerId())) {
            return;
        }
        Document serviceEvent = view.newItem(event.customerId())
                .append("serviceEventId", event.serviceEventId().toString())
                .append("service", event.service())
                .append("kind", event.kind().name())
                .append("serviceProvidedAt", date(event.serviceProvidedAt()))
                .append("recordedBy", actor);
        view.insertOnce(serviceEvents, event.serviceEventId().toString(), serviceEvent);
    }

    /** Purges the subject's bookings and service events; not replayed, as a replay skips erased subjects altogether. */
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
    List<BookingResponse> handle(FetchBookingsQuery query) {
        UUID id = query.customerId();
        List<BookingResponse> found = new ArrayList<>();
        for (Document booking : view.itemsOf(bookings, id, "startsAt")) {
            found.add(new BookingResponse(id, UUID.fromString(booking.getString("_id")), booking.getString("service"),
                    instant(booking, "startsAt"), BookingChannel.valueOf(booking.getString("channel")),
                    BookingStatus.valueOf(booking.getString("status")), instant(booking, "bookedAt"),
                    booking.getString("bookedBy"), instant(booking, "rescheduledAt"), instant(booking, "cancelledAt"),
                    instant(booking, "completedAt")));
        }
        return found;
    }

    @QueryHandler
    List<ServiceEventResponse> handle(FetchServiceEventsQuery query) {
        UUID id = query.customerId();
        List<ServiceEventResponse> found = new ArrayList<>();
        for (Document event : view.itemsOf(serviceEvents, id, "serviceProvidedAt")) {
            found.add(new ServiceEventResponse(id, uuid(event, "serviceEventId"), uuid(event, "bookingId"),
                    event.getString("service"),
                    event.getString("kind") == null ? null : ServiceEventKind.valueOf(event.getString("kind")),
                    instant(event, "serviceProvidedAt"), event.getString("recordedBy")));
        }
        return found;
    }

    private void update(UUID customerId, UUID bookingId, long sequence, Document changes) {
        if (view.isErased(customerId)) {
            return;
        }
        bookings.updateOne(ErasableView.notYetApplied(bookingId.toString(), sequence),
                new Document("$set", changes.append(ErasableView.LAST_SEQUENCE, sequence)));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document document, String key) {
        Date date = document.getDate(key);
        return date == null ? null : date.toInstant();
    }

    private static UUID uuid(Document document, String key) {
        String value = document.getString(key);
        return value == null ? null : UUID.fromString(value);
    }
}
