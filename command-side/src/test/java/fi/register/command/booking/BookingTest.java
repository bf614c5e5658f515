package fi.register.command.booking;

import fi.register.command.customer.Customer;
import fi.register.command.customer.ServiceFixtures;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.LegalBasis;
import fi.register.events.booking.BookServiceCommand;
import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.events.booking.CancelBookingCommand;
import fi.register.events.booking.CompleteBookingCommand;
import fi.register.events.booking.RescheduleBookingCommand;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.service.RecordServiceEventCommand;
import fi.register.events.service.ServiceEvent;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CoreMatchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static fi.register.command.customer.CustomerFixtures.NOW;
import static fi.register.command.customer.CustomerFixtures.person;
import static fi.register.command.customer.CustomerFixtures.registered;
import static fi.register.command.customer.RefusalMatcher.refusedFor;
import static fi.register.command.customer.ServiceFixtures.withBasis;
import static fi.register.command.customer.ViolationMatcher.violates;

class BookingTest {

    private static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));
    /** NOW is 12:00 in Helsinki; this is 17:00 there, the same calendar day. */
    private static final Instant LATER_TODAY = NOW.plus(Duration.ofHours(5));

    private final UUID customerId = UUID.randomUUID();
    private final UUID bookingId = UUID.randomUUID();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = ServiceFixtures.fixture();
    }

    private BookingMadeEvent booked() {
        return new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", NEXT_WEEK, BookingChannel.PHONE, NOW);
    }

    private BookingMadeEvent bookedLaterToday() {
        return new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", LATER_TODAY, BookingChannel.PHONE,
                NOW.minus(Duration.ofDays(7)));
    }

    private BookingCancelledEvent cancelled() {
        return new BookingCancelledEvent(customerId, bookingId, NOW);
    }

    private BookingCompletedEvent completed() {
        return new BookingCompletedEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", NOW);
    }

    @Test
    void emits_BookingMade_OnTheContract() {
        fixture.given(registered(person(customerId)))
                .when(new BookServiceCommand(customerId, bookingId, "NEUROSONIC_TREATMENT", NEXT_WEEK, BookingChannel.PHONE))
                .expectEvents(booked())
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONTRACT, null), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenServiceIsNotOnTheMenu() {
        fixture.given(registered(person(customerId)))
                .when(new BookServiceCommand(customerId, bookingId, "YOGA", NEXT_WEEK, BookingChannel.EMAIL))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.UNKNOWN_SERVICE));
    }

    @Test
    void rejects_WhenBookingStartsInThePast() {
        fixture.given(registered(person(customerId)))
                .when(new BookServiceCommand(customerId, bookingId, "NEUROSONIC_TREATMENT", NOW.minusSeconds(60),
                        BookingChannel.BOOKING_SYSTEM))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_IN_THE_PAST));
    }

    @Test
    void rejects_WhenBookingNamesNoChannel() {
        fixture.given(registered(person(customerId)))
                .when(new BookServiceCommand(customerId, bookingId, "NEUROSONIC_TREATMENT", NEXT_WEEK, null))
                .expectNoEvents()
                .expectException(violates("channel"));
    }

    @Test
    void rejects_WhenRescheduleNamesNoTime() {
        fixture.given(registered(person(customerId)), booked())
                .when(new RescheduleBookingCommand(customerId, bookingId, null))
                .expectNoEvents()
                .expectException(violates("startsAt"));
    }

    @Test
    void rejects_WhenServiceEventNamesNoKind() {
        fixture.given(registered(person(customerId)))
                .when(new RecordServiceEventCommand(customerId, UUID.randomUUID(), "FIRSTBEAT_ANALYSIS", null))
                .expectNoEvents()
                .expectException(violates("kind"));
    }

    @Test
    void emits_BookingRescheduled_WhenBookingIsOpen() {
        Instant later = NEXT_WEEK.plus(Duration.ofDays(1));
        fixture.given(registered(person(customerId)), booked())
                .when(new RescheduleBookingCommand(customerId, bookingId, later))
                .expectEvents(new BookingRescheduledEvent(customerId, bookingId, later, NOW));
    }

    @Test
    void rejects_WhenReschedulingIntoThePast() {
        fixture.given(registered(person(customerId)), booked())
                .when(new RescheduleBookingCommand(customerId, bookingId, NOW.minusSeconds(1)))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_IN_THE_PAST));
    }

    @Test
    void rejects_WhenReschedulingCancelledBooking() {
        fixture.given(registered(person(customerId)), booked(), cancelled())
                .when(new RescheduleBookingCommand(customerId, bookingId, NEXT_WEEK))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_CLOSED));
    }

    @Test
    void rejects_WhenReschedulingCompletedBooking() {
        fixture.given(registered(person(customerId)), booked(), completed())
                .when(new RescheduleBookingCommand(customerId, bookingId, NEXT_WEEK))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_CLOSED));
    }

    @Test
    void emits_BookingCancelled_WhenBookingIsOpen() {
        fixture.given(registered(person(customerId)), booked())
                .when(new CancelBookingCommand(customerId, bookingId))
                .expectEvents(cancelled());
    }

    @Test
    void rejects_WhenCancellingCancelledBooking() {
        fixture.given(registered(person(customerId)), booked(), cancelled())
                .when(new CancelBookingCommand(customerId, bookingId))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_CLOSED));
    }

    @Test
    void rejects_WhenCancellingCompletedBooking() {
        fixture.given(registered(person(customerId)), booked(), completed())
                .when(new CancelBookingCommand(customerId, bookingId))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_CLOSED));
    }

    @Test
    void rejects_WhenBookingIsUnknown() {
        fixture.given(registered(person(customerId)))
                .when(new CancelBookingCommand(customerId, bookingId))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_NOT_FOUND));
    }

    @Test
    void emits_BookingCompleted_AsAServiceEventAtTheClocksTime() {
        fixture.given(registered(person(customerId)), bookedLaterToday())
                .when(new CompleteBookingCommand(customerId, bookingId))
                .expectEvents(completed())
                .expectEventsMatching(Matchers.exactSequenceOf(
                        Matchers.messageWithPayload(CoreMatchers.instanceOf(ServiceEvent.class)), Matchers.andNoMore()))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONTRACT, null), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenCompletingCancelledBooking() {
        fixture.given(registered(person(customerId)), booked(), cancelled())
                .when(new CompleteBookingCommand(customerId, bookingId))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_CLOSED));
    }

    @Test
    void rejects_WhenCompletingCompletedBookingTwice() {
        fixture.given(registered(person(customerId)), booked(), completed())
                .when(new CompleteBookingCommand(customerId, bookingId))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_CLOSED));
    }

    @Test
    void emits_ServiceProvided_AsAServiceEventWithoutABooking() {
        UUID serviceEventId = UUID.randomUUID();
        fixture.given(registered(person(customerId)))
                .when(new RecordServiceEventCommand(customerId, serviceEventId, "FIRSTBEAT_ANALYSIS",
                        ServiceEventKind.ANALYSIS_DELIVERED))
                .expectEvents(new ServiceProvidedEvent(customerId, serviceEventId, "FIRSTBEAT_ANALYSIS",
                        ServiceEventKind.ANALYSIS_DELIVERED, NOW))
                .expectEventsMatching(Matchers.exactSequenceOf(
                        Matchers.messageWithPayload(CoreMatchers.instanceOf(ServiceEvent.class)), Matchers.andNoMore()));
    }

    @Test
    void emits_BookingMade_ThatIsNotAServiceEvent() {
        // booking a service does not restart the retention clock; only its taking place does
        fixture.given(registered(person(customerId)))
                .when(new BookServiceCommand(customerId, bookingId, "NEUROSONIC_TREATMENT", NEXT_WEEK, BookingChannel.PHONE))
                .expectEventsMatching(Matchers.exactSequenceOf(Matchers.messageWithPayload(
                        CoreMatchers.not(CoreMatchers.instanceOf(ServiceEvent.class))), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenServiceEventNamesAServiceNotOnTheMenu() {
        fixture.given(registered(person(customerId)))
                .when(new RecordServiceEventCommand(customerId, UUID.randomUUID(), "YOGA", ServiceEventKind.TREATMENT_GIVEN))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.UNKNOWN_SERVICE));
    }

    @Test
    void rejects_WhenTheServiceEventsKindIsNotOneItsServiceHas() {
        fixture.given(registered(person(customerId)))
                .when(new RecordServiceEventCommand(customerId, UUID.randomUUID(), "FIRSTBEAT_ANALYSIS",
                        ServiceEventKind.TREATMENT_GIVEN))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.KIND_NOT_FOR_SERVICE));
    }

    // --- booked times the clinic can mean, and completions only on the booked day ---

    @Test
    void rejects_WhenBookingStartsBeyondTheHorizon() {
        for (Instant absurd : List.of(Instant.parse("2286-11-20T17:46:40Z"), Instant.parse("+999999999-12-31T10:00:00Z"),
                NOW.atZone(ZoneOffset.UTC).plusYears(2).toInstant().plusSeconds(1))) {
            ServiceFixtures.fixture().given(registered(person(customerId)))
                    .when(new BookServiceCommand(customerId, bookingId, "NEUROSONIC_TREATMENT", absurd, BookingChannel.PHONE))
                    .expectNoEvents()
                    .expectException(refusedFor(Refusal.BOOKING_BEYOND_HORIZON));
        }
    }

    @Test
    void emits_BookingMade_WhenItStartsAtTheHorizon() {
        Instant horizon = NOW.atZone(ZoneId.of("Europe/Helsinki")).plusYears(2).toInstant();
        fixture.given(registered(person(customerId)))
                .when(new BookServiceCommand(customerId, bookingId, "NEUROSONIC_TREATMENT", horizon, BookingChannel.PHONE))
                .expectEvents(new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", horizon,
                        BookingChannel.PHONE, NOW));
    }

    @Test
    void rejects_WhenBookingStartsInTheDistantPast() {
        fixture.given(registered(person(customerId)))
                .when(new BookServiceCommand(customerId, bookingId, "NEUROSONIC_TREATMENT",
                        Instant.parse("-999999999-01-01T00:00:00Z"), BookingChannel.PHONE))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_IN_THE_PAST));
    }

    @Test
    void rejects_WhenReschedulingBeyondTheHorizon() {
        fixture.given(registered(person(customerId)), booked())
                .when(new RescheduleBookingCommand(customerId, bookingId, Instant.parse("2286-11-20T17:46:40Z")))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_BEYOND_HORIZON));
    }

    @Test
    void rejects_WhenCompletingABookingBeforeItsDay() {
        fixture.given(registered(person(customerId)), booked())
                .when(new CompleteBookingCommand(customerId, bookingId))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_NOT_STARTED));
    }

    // --- each booking is a member of the subject's aggregate, deciding on itself ---

    @Test
    void emits_BookingRescheduled_WhenAnotherBookingOfTheSameCustomerWasCancelled() {
        // a cancellation closes the booking it names and no other: the member's state is its own
        UUID otherBookingId = UUID.randomUUID();
        Instant later = NEXT_WEEK.plus(Duration.ofDays(1));
        fixture.given(registered(person(customerId)), booked(),
                        new BookingMadeEvent(customerId, otherBookingId, "FIRSTBEAT_ANALYSIS", NEXT_WEEK, BookingChannel.EMAIL, NOW),
                        cancelled())
                .when(new RescheduleBookingCommand(customerId, otherBookingId, later))
                .expectEvents(new BookingRescheduledEvent(customerId, otherBookingId, later, NOW));
    }

    @Test
    void emits_BookingCompleted_NamingTheServiceOfTheBookingCompleted() {
        UUID otherBookingId = UUID.randomUUID();
        fixture.given(registered(person(customerId)), booked(),
                        new BookingMadeEvent(customerId, otherBookingId, "FIRSTBEAT_ANALYSIS", LATER_TODAY, BookingChannel.EMAIL, NOW))
                .when(new CompleteBookingCommand(customerId, otherBookingId))
                .expectEvents(new BookingCompletedEvent(customerId, otherBookingId, "FIRSTBEAT_ANALYSIS", NOW));
    }

    @Test
    void rejects_WhenBookingOfAnErasedSubjectIsCancelled() {
        // the subject's erasure is decided before any booking is asked: nothing happens to an erased subject
        fixture.given(registered(person(customerId)), booked(),
                        new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW))
                .when(new CancelBookingCommand(customerId, bookingId))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_ERASED));
    }

    @Test
    void rejects_WhenBookingOfAnErasedSubjectIsUnknown() {
        fixture.given(registered(person(customerId)), new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW))
                .when(new CompleteBookingCommand(customerId, bookingId))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_ERASED));
    }

    @Test
    void rejects_WhenBookingIsUnknownToThisCustomerThoughOthersAreOpen() {
        fixture.given(registered(person(customerId)), booked())
                .when(new RescheduleBookingCommand(customerId, UUID.randomUUID(), NEXT_WEEK))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.BOOKING_NOT_FOUND));
    }
}
