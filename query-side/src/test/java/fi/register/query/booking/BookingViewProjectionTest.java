package fi.register.query.booking;

import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.events.booking.BookingStatus;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import fi.register.query.InMemoryProjectionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class BookingViewProjectionTest {

    private static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");
    private static final Instant STARTS = Instant.parse("2026-06-01T07:00:00Z");

    @TempDir
    Path dataDir;

    private InMemoryProjectionStore store;
    private BookingViewProjection projection;
    private final UUID customerId = UUID.randomUUID();
    private final UUID bookingId = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @BeforeEach
    void start() {
        store = new InMemoryProjectionStore(dataDir);
        projection = new BookingViewProjection(store.database(), store.protection());
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private void history() {
        projection.on(new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", STARTS, BookingChannel.PHONE, AT),
                "staff", 1);
        projection.on(new BookingRescheduledEvent(customerId, bookingId, STARTS.plusSeconds(3600), AT.plusSeconds(1)), 2);
        projection.on(new BookingMadeEvent(customerId, other, "EMFIT_MONITORING", STARTS.plusSeconds(7200),
                BookingChannel.EMAIL, AT), "staff", 3);
        projection.on(new BookingCancelledEvent(customerId, other, AT.plusSeconds(2)), 4);
        projection.on(new BookingCompletedEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", AT.plusSeconds(3)), "staff", 5);
        projection.on(new ServiceProvidedEvent(customerId, UUID.randomUUID(), "EMFIT_MONITORING",
                ServiceEventKind.DEVICE_HANDED_OVER, AT.plusSeconds(4)), "staff");
    }

    @Test
    void bookingsShowTheirStatusAndEveryServiceEventIsListed() {
        history();

        List<BookingResponse> bookings = projection.handle(new FetchBookingsQuery(customerId));
        List<ServiceEventResponse> serviceEvents = projection.handle(new FetchServiceEventsQuery(customerId));

        assertThat(bookings).extracting(BookingResponse::bookingId, BookingResponse::status, BookingResponse::startsAt)
                .containsExactly(
                        tuple(bookingId, BookingStatus.COMPLETED, STARTS.plusSeconds(3600)),
                        tuple(other, BookingStatus.CANCELLED, STARTS.plusSeconds(7200)));
        assertThat(bookings.get(0).completedAt()).isEqualTo(AT.plusSeconds(3));
        assertThat(bookings.get(0).bookedBy()).isEqualTo("staff");
        assertThat(serviceEvents).extracting(ServiceEventResponse::bookingId, ServiceEventResponse::kind,
                        ServiceEventResponse::serviceProvidedAt)
                .containsExactly(
                        tuple(bookingId, null, AT.plusSeconds(3)),
                        tuple(null, ServiceEventKind.DEVICE_HANDED_OVER, AT.plusSeconds(4)));
    }

    @Test
    void aLateRedeliveryOfAnEarlierEventDoesNotUndoALaterOne() {
        history();
        // a tracking processor that crashed before storing its token delivers events again
        projection.on(new BookingRescheduledEvent(customerId, bookingId, STARTS, AT), 2);
        projection.on(new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", STARTS, BookingChannel.PHONE, AT),
                "staff", 1);

        BookingResponse booking = projection.handle(new FetchBookingsQuery(customerId)).get(0);
        assertThat(booking.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(booking.startsAt()).isEqualTo(STARTS.plusSeconds(3600));
    }

    @Test
    void erasurePurgesBookingsAndServiceEventsAndAReplayStoresNone() {
        history();

        store.protection().keyStore().destroy(customerId);
        projection.on(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, AT.plusSeconds(60)));
        assertThat(store.count(BookingViewProjection.BOOKINGS) + store.count(BookingViewProjection.SERVICE_EVENTS)).isZero();

        projection.reset();
        history();
        assertThat(store.count(BookingViewProjection.BOOKINGS) + store.count(BookingViewProjection.SERVICE_EVENTS)).isZero();
    }
}
