package fi.register.command.booking;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** register.bookings: the horizon, and the clinic's calendar day that decides when a booking may be completed. */
class BookingCalendarTest {

    private static final BookingCalendar DEFAULTS = new BookingCalendar(null, null, null);
    /** 23:30 on 25 November in Helsinki. */
    private static final Clock LATE_EVENING = Clock.fixed(Instant.parse("2026-11-25T21:30:00Z"), ZoneOffset.UTC);

    @Test
    void keeps_TheDocumentedDefaults() {
        assertThat(DEFAULTS.horizon()).isEqualTo(Period.ofYears(2));
        assertThat(DEFAULTS.timeZone().getId()).isEqualTo("Europe/Helsinki");
        assertThat(DEFAULTS.earlyCompletion()).isZero();
    }

    @Test
    void rejects_WhenCompletingOnTheEveningBeforeTheBookedDayInHelsinki() {
        // 08:00 on the 26th in Helsinki is 06:00 UTC; midnight there is 22:00 UTC on the 25th
        Instant bookedTomorrowMorning = Instant.parse("2026-11-26T06:00:00Z");

        assertThatThrownBy(() -> DEFAULTS.requireCompletable(bookedTomorrowMorning, LATE_EVENING))
                .isInstanceOfSatisfying(CommandRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.BOOKING_NOT_STARTED));
        Clock justAfterMidnight = Clock.fixed(Instant.parse("2026-11-25T22:00:00Z"), ZoneOffset.UTC);
        assertThatCode(() -> DEFAULTS.requireCompletable(bookedTomorrowMorning, justAfterMidnight))
                .as("from the start of the booked day").doesNotThrowAnyException();
    }

    @Test
    void keeps_TheDayBeforeCompletable_WhenTheClinicAllowsAnEarlyCompletion() {
        BookingCalendar evenings = new BookingCalendar(null, null, Duration.ofHours(12));

        assertThatCode(() -> evenings.requireCompletable(Instant.parse("2026-11-26T06:00:00Z"), LATE_EVENING))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> evenings.requireCompletable(Instant.parse("2026-11-27T06:00:00Z"), LATE_EVENING))
                .isInstanceOf(CommandRefusedException.class);
    }

    @Test
    void rejects_WhenABookingLiesBeyondAConfiguredHorizon() {
        BookingCalendar sixMonths = new BookingCalendar(Period.ofMonths(6), null, null);
        Instant now = LATE_EVENING.instant();

        assertThatCode(() -> sixMonths.requireBookable(now.plus(Duration.ofDays(180)), LATE_EVENING))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> sixMonths.requireBookable(now.plus(Duration.ofDays(200)), LATE_EVENING))
                .isInstanceOfSatisfying(CommandRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.BOOKING_BEYOND_HORIZON);
                    assertThat(refused.getMessage()).contains("startsAt");
                });
    }

    @Test
    void rejects_ASettingThatCouldNotBeMeant() {
        assertThatThrownBy(() -> new BookingCalendar(Period.ZERO, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingCalendar(null, null, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
