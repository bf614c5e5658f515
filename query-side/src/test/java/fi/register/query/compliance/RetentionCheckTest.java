package fi.register.query.compliance;

import fi.register.events.LegalBasis;
import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.erasure.ErasureReason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionCheckTest {

    static final Instant REGISTERED = Instant.parse("2024-01-10T09:00:00Z");
    static final Instant SERVED = Instant.parse("2024-05-20T10:00:00Z");
    /** 24 months after the last service event. */
    static final Instant DEADLINE = Instant.parse("2026-05-20T10:00:00Z");

    final RetentionCheck check = new RetentionCheck(Period.ofMonths(24), Duration.ofDays(1));

    private History served() {
        History history = new History();
        return history.add(Events.registered(history.customerId, REGISTERED), REGISTERED, LegalBasis.CONTRACT)
                .add(Events.service(history.customerId, SERVED), SERVED, LegalBasis.CONTRACT);
    }

    @Test
    void aSubjectWithinItsPeriodAndOneErasedOnTimeAreClean() {
        History within = served();
        History erased = served();
        erased.add(Events.erased(erased.customerId, ErasureReason.RETENTION_EXPIRED, DEADLINE.plusSeconds(60)),
                DEADLINE.plusSeconds(60), LegalBasis.LEGAL_OBLIGATION);

        within.events.forEach(check::accept);
        erased.events.forEach(check::accept);
        check.finish(DEADLINE.minusSeconds(1));

        assertThat(check.findings()).isEmpty();
        assertThat(check.checked()).containsEntry(ComplianceRule.KEPT_PAST_RETENTION, 2L)
                .containsEntry(ComplianceRule.ERASED_BEFORE_RETENTION_DUE, 1L);
    }

    @Test
    void KEPT_PAST_RETENTION_aSubjectStillHeldAfterTheDeadlineAndItsGrace() {
        History history = served();

        history.feed(check, DEADLINE.plus(Duration.ofDays(2)));

        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(ComplianceRule.KEPT_PAST_RETENTION);
            assertThat(finding.customerId()).isEqualTo(history.customerId);
            assertThat(finding.eventSequence()).isEqualTo(1); // the service event the deadline is measured from
            assertThat(finding.at()).isEqualTo(DEADLINE);
        });
    }

    @Test
    void KEPT_PAST_RETENTION_anErasureLaterThanTheDeadlineAndItsGrace() {
        History history = served();
        history.add(Events.erased(history.customerId, ErasureReason.RETENTION_EXPIRED, DEADLINE.plus(Duration.ofDays(3))),
                DEADLINE.plus(Duration.ofDays(3)), LegalBasis.LEGAL_OBLIGATION);

        history.feed(check, DEADLINE.plus(Duration.ofDays(30)));

        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(ComplianceRule.KEPT_PAST_RETENTION);
            assertThat(finding.eventSequence()).isEqualTo(2);
        });
    }

    @Test
    void ERASED_BEFORE_RETENTION_DUE_aRetentionErasureBeforeTheLastServiceEventsDeadline() {
        History history = served();
        // 24 months after the registration, but the service event moved the deadline on
        Instant early = Instant.parse("2026-01-10T09:00:01Z");
        history.add(Events.erased(history.customerId, ErasureReason.RETENTION_EXPIRED, early), early,
                LegalBasis.LEGAL_OBLIGATION);

        history.feed(check, DEADLINE.plus(Duration.ofDays(30)));

        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(ComplianceRule.ERASED_BEFORE_RETENTION_DUE);
            assertThat(finding.eventSequence()).isEqualTo(2);
            assertThat(finding.at()).isEqualTo(early);
        });
    }

    @Test
    void anErasureAtTheSubjectsRequestBeforeTheDeadlineIsNoFinding() {
        History history = served();
        history.add(Events.erased(history.customerId, ErasureReason.SUBJECT_REQUEST, SERVED.plusSeconds(60)),
                SERVED.plusSeconds(60), LegalBasis.LEGAL_OBLIGATION);

        history.feed(check, DEADLINE.plus(Duration.ofDays(30)));

        assertThat(check.findings()).isEmpty();
    }

    // --- an open booking keeps its customer (OpenBookingKeepsTheCustomer), as the command side erases ---

    private static final Instant BOOKED_AHEAD = Instant.parse("2026-09-01T08:00:00Z");
    /** 24 months after the open booking's time. */
    private static final Instant BOOKING_DEADLINE = Instant.parse("2028-09-01T08:00:00Z");

    private History bookedAhead(UUID bookingId) {
        History history = served();
        return history.add(new BookingMadeEvent(history.customerId, bookingId, "NEUROSONIC_TREATMENT", BOOKED_AHEAD,
                BookingChannel.PHONE, SERVED.plusSeconds(60)), SERVED.plusSeconds(60), LegalBasis.CONTRACT);
    }

    @Test
    void ERASED_BEFORE_RETENTION_DUE_aRetentionErasureWhileAnOpenBookingKeptTheCustomer() {
        History history = bookedAhead(UUID.randomUUID());
        history.add(Events.erased(history.customerId, ErasureReason.RETENTION_EXPIRED, DEADLINE.plusSeconds(60)),
                DEADLINE.plusSeconds(60), LegalBasis.LEGAL_OBLIGATION);

        history.feed(check, BOOKING_DEADLINE.plus(Duration.ofDays(30)));

        assertThat(check.findings()).singleElement()
                .satisfies(finding -> assertThat(finding.rule()).isEqualTo(ComplianceRule.ERASED_BEFORE_RETENTION_DUE));
    }

    @Test
    void keeps_NoFinding_ForACustomerAnOpenBookingKeepsPastTheServiceDeadline() {
        History history = bookedAhead(UUID.randomUUID());

        history.feed(check, BOOKING_DEADLINE);

        assertThat(check.findings()).isEmpty();
    }

    @Test
    void KEPT_PAST_RETENTION_aCustomerStillHeldAfterTheOpenBookingsTimeAndThePeriod() {
        History history = bookedAhead(UUID.randomUUID());

        history.feed(check, BOOKING_DEADLINE.plus(Duration.ofDays(2)));

        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(ComplianceRule.KEPT_PAST_RETENTION);
            assertThat(finding.at()).isEqualTo(BOOKING_DEADLINE);
        });
    }

    @Test
    void keeps_NoFinding_WhenACancellationMadeTheCustomerDueAndTheErasureFollowedWithinTheGrace() {
        UUID bookingId = UUID.randomUUID();
        History history = bookedAhead(bookingId);
        Instant cancelled = DEADLINE.plus(Duration.ofDays(40));
        history.add(new BookingCancelledEvent(history.customerId, bookingId, cancelled), cancelled, LegalBasis.CONTRACT)
                .add(Events.erased(history.customerId, ErasureReason.RETENTION_EXPIRED, cancelled.plusSeconds(60)),
                        cancelled.plusSeconds(60), LegalBasis.LEGAL_OBLIGATION);

        history.feed(check, BOOKING_DEADLINE.plus(Duration.ofDays(30)));

        assertThat(check.findings()).isEmpty();
    }

    @Test
    void KEPT_PAST_RETENTION_aCustomerHeldAfterACancellationEndedTheHoldAndTheGracePassed() {
        UUID bookingId = UUID.randomUUID();
        History history = bookedAhead(bookingId);
        Instant cancelled = DEADLINE.plus(Duration.ofDays(40));
        history.add(new BookingCancelledEvent(history.customerId, bookingId, cancelled), cancelled, LegalBasis.CONTRACT);

        history.feed(check, cancelled.plus(Duration.ofDays(2)));

        assertThat(check.findings()).singleElement()
                .satisfies(finding -> assertThat(finding.rule()).isEqualTo(ComplianceRule.KEPT_PAST_RETENTION));
    }

    @Test
    void keeps_NoFinding_WhenACompletedBookingRestartedThePeriod() {
        UUID bookingId = UUID.randomUUID();
        History history = bookedAhead(bookingId);
        history.add(new BookingCompletedEvent(history.customerId, bookingId, "NEUROSONIC_TREATMENT", BOOKED_AHEAD),
                BOOKED_AHEAD, LegalBasis.CONTRACT);

        history.feed(check, BOOKING_DEADLINE.minusSeconds(1));

        assertThat(check.findings()).isEmpty();
    }
}
