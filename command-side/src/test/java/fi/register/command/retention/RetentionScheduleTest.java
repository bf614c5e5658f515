package fi.register.command.retention;

import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.rules.RetentionPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

import java.time.Instant;
import java.time.Period;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline rules, on the real table (in-memory H2), handlers called directly. */
@DataJpaTest
class RetentionScheduleTest {

    static final Instant REGISTERED = Instant.parse("2026-01-15T09:00:00Z");

    @Autowired
    RetentionDeadlineRepository repository;
    @Autowired
    OpenBookingRepository openBookings;

    RetentionSchedule schedule;
    final UUID customerId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        schedule = new RetentionSchedule(repository, openBookings, new RetentionPeriod(Period.ofMonths(24)));
    }

    static CustomerRegisteredEvent registered(UUID customerId, Instant at) {
        return new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Testi", "Henkilö", null, null, null, null,
                null, null, "NEUROSONIC_TREATMENT", "fi", at);
    }

    @Test
    void registrationStartsThePeriodWhenThereIsNoServiceEventYet() {
        schedule.on(registered(customerId, REGISTERED));

        assertThat(schedule.deadlineOf(customerId)).contains(Instant.parse("2028-01-15T09:00:00Z"));
    }

    @Test
    void aServiceEventRestartsThePeriodButNeverMovesItBack() {
        schedule.on(registered(customerId, REGISTERED));
        schedule.on(new ServiceProvided(customerId, Instant.parse("2027-06-01T12:00:00Z")), Instant.parse("2027-06-01T12:05:00Z"));
        assertThat(schedule.deadlineOf(customerId)).contains(Instant.parse("2029-06-01T12:00:00Z"));

        // recorded later, but provided earlier (a late entry): the last service event still counts
        schedule.on(new ServiceProvided(customerId, Instant.parse("2027-03-01T12:00:00Z")), Instant.parse("2027-07-01T12:00:00Z"));
        assertThat(schedule.deadlineOf(customerId)).contains(Instant.parse("2029-06-01T12:00:00Z"));
    }

    @Test
    void aServiceEventWithoutItsTimeCountsFromWhenItWasRecorded() {
        schedule.on(registered(customerId, REGISTERED));
        schedule.on(new ServiceProvided(customerId, null), Instant.parse("2026-05-05T10:00:00Z"));

        assertThat(schedule.deadlineOf(customerId)).contains(Instant.parse("2028-05-05T10:00:00Z"));
    }

    @Test
    void erasureForWhateverReasonLeavesNoDeadline() {
        UUID other = UUID.randomUUID();
        schedule.on(registered(customerId, REGISTERED));
        schedule.on(registered(other, REGISTERED));

        schedule.on(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, REGISTERED.plusSeconds(60)));
        schedule.on(new SubjectErasedEvent(other, ErasureReason.RETENTION_EXPIRED, Instant.parse("2028-01-15T09:00:00Z")));
        // a second erasure event (a replay) finds nothing to delete and does not fail
        schedule.on(new SubjectErasedEvent(other, ErasureReason.RETENTION_EXPIRED, Instant.parse("2028-01-15T09:00:00Z")));

        assertThat(schedule.deadlineOf(customerId)).isEmpty();
        assertThat(schedule.deadlineOf(other)).isEmpty();
    }

    @Test
    void dueIsInclusiveOfTheDeadlineAndListsTheEarliestFirst() {
        UUID later = UUID.randomUUID();
        UUID earlier = UUID.randomUUID();
        schedule.on(registered(later, REGISTERED.plusSeconds(3600)));
        schedule.on(registered(earlier, REGISTERED));
        schedule.on(registered(customerId, REGISTERED.plusSeconds(7200)));

        Instant firstDeadline = Instant.parse("2028-01-15T09:00:00Z");
        assertThat(schedule.dueAt(firstDeadline.minusMillis(1))).isEmpty();
        assertThat(schedule.dueAt(firstDeadline)).extracting(RetentionDeadline::customerId).containsExactly(earlier);
        assertThat(schedule.dueBefore(firstDeadline.plusSeconds(7200)))
                .extracting(RetentionDeadline::customerId).containsExactly(earlier, later);
        assertThat(schedule.dueBefore(firstDeadline.plusSeconds(7201)))
                .extracting(RetentionDeadline::customerId).containsExactly(earlier, later, customerId);
    }

    @Test
    void aChangedPeriodIsAppliedToTheDeadlinesAlreadySet() {
        schedule.on(registered(customerId, REGISTERED));
        schedule.on(new ServiceProvided(customerId, Instant.parse("2026-03-01T08:00:00Z")), Instant.parse("2026-03-01T08:00:00Z"));

        RetentionSchedule shorter = new RetentionSchedule(repository, openBookings, new RetentionPeriod(Period.ofMonths(12)));
        assertThat(shorter.applyCurrentPeriod()).isEqualTo(1);
        assertThat(shorter.deadlineOf(customerId)).contains(Instant.parse("2027-03-01T08:00:00Z"));
        assertThat(shorter.applyCurrentPeriod()).as("nothing left to recompute").isZero();
    }

    @Test
    void keeps_WhenAnOpenBookingLiesBeyondTheDeadlineUntilTheBookingsTimePlusThePeriod() {
        UUID bookingId = UUID.randomUUID();
        Instant booked = Instant.parse("2028-05-02T10:00:00Z");
        schedule.on(registered(customerId, REGISTERED));
        schedule.on(new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", booked, BookingChannel.PHONE,
                REGISTERED));

        assertThat(schedule.deadlineOf(customerId)).contains(Instant.parse("2030-05-02T10:00:00Z"));
        assertThat(schedule.dueAt(Instant.parse("2028-01-15T09:00:00Z"))).as("not due at the service deadline").isEmpty();
        RetentionDeadline listed = schedule.dueBefore(Instant.parse("2028-02-01T00:00:00Z")).get(0);
        assertThat(listed.keptByOpenBookingAt()).as("listed, and why it is kept").isEqualTo(booked);

        Instant moved = Instant.parse("2028-09-01T10:00:00Z");
        schedule.on(new BookingRescheduledEvent(customerId, bookingId, moved, REGISTERED));
        assertThat(schedule.deadlineOf(customerId)).contains(Instant.parse("2030-09-01T10:00:00Z"));
    }

    @Test
    void keeps_NothingOnceTheBookingIsCancelled_TheDeadlineMovesBack() {
        UUID bookingId = UUID.randomUUID();
        schedule.on(registered(customerId, REGISTERED));
        schedule.on(new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT",
                Instant.parse("2028-05-02T10:00:00Z"), BookingChannel.PHONE, REGISTERED));

        schedule.on(new BookingCancelledEvent(customerId, bookingId, REGISTERED.plusSeconds(60)));

        assertThat(schedule.deadlineOf(customerId)).contains(Instant.parse("2028-01-15T09:00:00Z"));
        assertThat(openBookings.count()).isZero();
    }

    @Test
    void keeps_FromTheCompletionOnceTheBookingIsCompleted() {
        UUID bookingId = UUID.randomUUID();
        Instant booked = Instant.parse("2027-05-02T10:00:00Z");
        schedule.on(registered(customerId, REGISTERED));
        schedule.on(new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", booked, BookingChannel.PHONE,
                REGISTERED));

        schedule.on(new BookingCompletedEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", booked.plusSeconds(600)),
                booked.plusSeconds(600));

        assertThat(schedule.deadlineOf(customerId)).contains(Instant.parse("2029-05-02T10:10:00Z"));
        assertThat(schedule.dueBefore(Instant.parse("2099-01-01T00:00:00Z")).get(0).keptByOpenBookingAt()).isNull();
        assertThat(openBookings.count()).isZero();
    }

    @Test
    void keeps_AnOldHistorysBookingInYear999999999AsFarAsAStoreCanHoldIt() {
        schedule.on(registered(customerId, REGISTERED));
        schedule.on(new BookingMadeEvent(customerId, UUID.randomUUID(), "NEUROSONIC_TREATMENT",
                Instant.parse("+999999999-01-01T00:00:00Z"), BookingChannel.PHONE, REGISTERED));

        assertThat(schedule.deadlineOf(customerId)).contains(Instant.parse("9002-01-01T00:00:00Z"));
    }

    @Test
    void keeps_NoOpenBookingOfAnErasedSubject() {
        schedule.on(registered(customerId, REGISTERED));
        schedule.on(new BookingMadeEvent(customerId, UUID.randomUUID(), "NEUROSONIC_TREATMENT",
                Instant.parse("2027-05-02T10:00:00Z"), BookingChannel.PHONE, REGISTERED));

        schedule.on(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, REGISTERED.plusSeconds(60)));

        assertThat(schedule.deadlineOf(customerId)).isEmpty();
        assertThat(openBookings.count()).isZero();
    }
}
