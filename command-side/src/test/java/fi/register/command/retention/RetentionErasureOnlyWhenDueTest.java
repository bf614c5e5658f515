package fi.register.command.retention;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.customer.Customer;
import fi.register.command.customer.ServiceFixtures;
import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;

import static fi.register.command.customer.CustomerFixtures.NOW;
import static fi.register.command.customer.CustomerFixtures.person;
import static fi.register.command.customer.CustomerFixtures.registered;
import static fi.register.command.customer.RefusalMatcher.refusedFor;

/**
 * The subject's aggregate knows its own retention deadline from its own history (registration, service events), so
 * an erasure for retention is decided where the subject is, with no table to consult. The fixture's clock reads
 * {@code NOW}; the period is the notice's 24 months.
 */
class RetentionErasureOnlyWhenDueTest {

    private static final Instant JUST_OVER_24_MONTHS_AGO = monthsBefore(24).minusSeconds(1);
    private static final Instant JUST_UNDER_24_MONTHS_AGO = monthsBefore(24).plusSeconds(1);

    private final UUID customerId = UUID.randomUUID();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = ServiceFixtures.fixture();
    }

    private static Instant monthsBefore(int months) {
        return NOW.atOffset(ZoneOffset.UTC).minus(Period.ofMonths(months)).toInstant();
    }

    private CustomerRegisteredEvent registeredAt(Instant at) {
        CustomerRegisteredEvent now = registered(person(customerId));
        return new CustomerRegisteredEvent(customerId, now.kind(), now.firstName(), now.lastName(), null, null,
                now.address(), null, now.email(), now.phone(), now.customerGroup(), now.language(), at);
    }

    private ServiceProvidedEvent servedAt(Instant at) {
        return new ServiceProvidedEvent(customerId, UUID.randomUUID(), "NEUROSONIC_TREATMENT",
                ServiceEventKind.TREATMENT_GIVEN, at);
    }

    private EraseSubjectCommand eraseFor(ErasureReason reason) {
        return new EraseSubjectCommand(customerId, reason);
    }

    @Test
    void emits_SubjectErased_ForRetentionWhenThePeriodHasPassedSinceRegistrationWithoutService() {
        fixture.given(registeredAt(JUST_OVER_24_MONTHS_AGO))
                .when(eraseFor(ErasureReason.RETENTION_EXPIRED))
                .expectEvents(new SubjectErasedEvent(customerId, ErasureReason.RETENTION_EXPIRED, NOW));
    }

    @Test
    void rejects_WhenErasedForRetentionBeforeThePeriodHasPassedSinceRegistration() {
        fixture.given(registeredAt(JUST_UNDER_24_MONTHS_AGO))
                .when(eraseFor(ErasureReason.RETENTION_EXPIRED))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.RETENTION_NOT_DUE));
    }

    @Test
    void rejects_WhenErasedForRetentionAfterAServiceEventRestartedThePeriod() {
        // the round read a passed deadline; a service event moved it before the erasure arrived
        fixture.given(registeredAt(monthsBefore(30)), servedAt(JUST_UNDER_24_MONTHS_AGO))
                .when(eraseFor(ErasureReason.RETENTION_EXPIRED))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.RETENTION_NOT_DUE));
    }

    @Test
    void rejects_WhenErasedForRetentionWithinThePeriodOfACompletedBooking() {
        UUID bookingId = UUID.randomUUID();
        fixture.given(registeredAt(monthsBefore(30)),
                        new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", monthsBefore(29),
                                BookingChannel.PHONE, monthsBefore(30)),
                        new BookingCompletedEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", JUST_UNDER_24_MONTHS_AGO))
                .when(eraseFor(ErasureReason.RETENTION_EXPIRED))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.RETENTION_NOT_DUE));
    }

    @Test
    void emits_SubjectErased_ForRetentionWhenALateServiceEventWithAnEarlierTimeCameAfterTheLastOne() {
        // a deadline only moves forward: a service entered late, dated before the last one, does not shorten it
        fixture.given(registeredAt(monthsBefore(40)), servedAt(JUST_OVER_24_MONTHS_AGO), servedAt(monthsBefore(35)))
                .when(eraseFor(ErasureReason.RETENTION_EXPIRED))
                .expectEvents(new SubjectErasedEvent(customerId, ErasureReason.RETENTION_EXPIRED, NOW));
    }

    @Test
    void rejects_WhenALateServiceEventWithAnEarlierTimeWouldHaveShortenedThePeriod() {
        fixture.given(registeredAt(monthsBefore(40)), servedAt(JUST_UNDER_24_MONTHS_AGO), servedAt(monthsBefore(35)))
                .when(eraseFor(ErasureReason.RETENTION_EXPIRED))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.RETENTION_NOT_DUE));
    }

    @Test
    void emits_SubjectErased_OnTheSubjectsRequestWithinThePeriod() {
        // the right to erasure is never held back by the retention period
        fixture.given(registeredAt(NOW))
                .when(eraseFor(ErasureReason.SUBJECT_REQUEST))
                .expectEvents(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW));
    }

    @Test
    void rejects_WhenAnErasedSubjectIsErasedForRetention() {
        fixture.given(registeredAt(monthsBefore(30)),
                        new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, monthsBefore(1)))
                .when(eraseFor(ErasureReason.RETENTION_EXPIRED))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_ERASED));
    }

    // --- an open booking keeps its customer (OpenBookingKeepsTheCustomer) ---

    private BookingMadeEvent bookedFor(UUID bookingId, Instant startsAt) {
        return new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", startsAt, BookingChannel.PHONE,
                JUST_OVER_24_MONTHS_AGO);
    }

    @Test
    void rejects_WhenErasedForRetentionWhileABookingLiesAhead() {
        fixture.given(registeredAt(JUST_OVER_24_MONTHS_AGO), bookedFor(UUID.randomUUID(), NOW.plusSeconds(86_400 * 600)))
                .when(eraseFor(ErasureReason.RETENTION_EXPIRED))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.RETENTION_NOT_DUE));
    }

    @Test
    void rejects_WhenErasedForRetentionBeforeThePeriodHasPassedSinceAnOpenBookingsTime() {
        // the booked time passed without a completion or cancellation: the period counts from it
        fixture.given(registeredAt(monthsBefore(40)), bookedFor(UUID.randomUUID(), JUST_UNDER_24_MONTHS_AGO))
                .when(eraseFor(ErasureReason.RETENTION_EXPIRED))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.RETENTION_NOT_DUE));
    }

    @Test
    void emits_SubjectErased_ForRetentionWhenThePeriodHasPassedSinceAnOpenBookingsTime() {
        fixture.given(registeredAt(monthsBefore(40)), bookedFor(UUID.randomUUID(), JUST_OVER_24_MONTHS_AGO))
                .when(eraseFor(ErasureReason.RETENTION_EXPIRED))
                .expectEvents(new SubjectErasedEvent(customerId, ErasureReason.RETENTION_EXPIRED, NOW));
    }

    @Test
    void emits_SubjectErased_ForRetentionWhenTheBookingAheadWasCancelled() {
        UUID bookingId = UUID.randomUUID();
        fixture.given(registeredAt(JUST_OVER_24_MONTHS_AGO), bookedFor(bookingId, NOW.plusSeconds(86_400 * 600)),
                        new BookingCancelledEvent(customerId, bookingId, NOW.minusSeconds(60)))
                .when(eraseFor(ErasureReason.RETENTION_EXPIRED))
                .expectEvents(new SubjectErasedEvent(customerId, ErasureReason.RETENTION_EXPIRED, NOW));
    }

    @Test
    void rejects_WhenErasedForRetentionWhileABookingRescheduledAheadIsOpen() {
        UUID bookingId = UUID.randomUUID();
        fixture.given(registeredAt(monthsBefore(40)), bookedFor(bookingId, monthsBefore(30)),
                        new BookingRescheduledEvent(customerId, bookingId, NOW.plusSeconds(3_600), monthsBefore(31)))
                .when(eraseFor(ErasureReason.RETENTION_EXPIRED))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.RETENTION_NOT_DUE));
    }

    @Test
    void emits_SubjectErased_OnRequestWhateverBookingIsOpen() {
        fixture.given(registeredAt(JUST_UNDER_24_MONTHS_AGO), bookedFor(UUID.randomUUID(), NOW.plusSeconds(86_400)))
                .when(eraseFor(ErasureReason.SUBJECT_REQUEST))
                .expectEvents(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW));
    }
}
