package fi.register.command.booking;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a booking may lie and when it may be completed ({@code register.bookings}; docs/architecture.md, "Retention").
 * A booking's time keeps the customer relationship alive (see {@code OpenBookingKeepsTheCustomer}) and a completion
 * restarts the retention period, so neither may be made up: a time beyond the clinic's horizon (year 2286, year
 * 999999999) is a typo or an attack, and a booking completed before its day would restart the clock for a service
 * that has not taken place.
 *
 * @param horizon         how far ahead a booking may start (default two years), counted on the clinic's calendar
 * @param timeZone        the clinic's calendar (default Europe/Helsinki): a booking may be completed from the start
 *                        of its booked day there
 * @param earlyCompletion how much earlier still a booking may be completed (default none): for a clinic whose
 *                        customers may come the evening before, PT12H say
 */
@ConfigurationProperties("register.bookings")
public record BookingCalendar(Period horizon, ZoneId timeZone, Duration earlyCompletion) {

    public BookingCalendar {
        horizon = horizon != null ? horizon : Period.ofYears(2);
        timeZone = timeZone != null ? timeZone : ZoneId.of("Europe/Helsinki");
        earlyCompletion = earlyCompletion != null ? earlyCompletion : Duration.ZERO;
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("register.bookings.horizon must be positive");
        }
        if (earlyCompletion.isNegative()) {
            throw new IllegalArgumentException("register.bookings.early-completion must not be negative");
        }
    }

    /** A booked (or rescheduled) time lies ahead, within the horizon: the only times a clinic can mean. */
    public void requireBookable(Instant startsAt, Clock clock) {
        BookingStartsInTheFuture.require(startsAt, clock);
        Instant latest = clock.instant().atZone(timeZone).plus(horizon).toInstant();
        if (startsAt.isAfter(latest)) {
            throw new CommandRefusedException(Refusal.BOOKING_BEYOND_HORIZON, "startsAt must be at most " + horizon
                    + " ahead (register.bookings.horizon).");
        }
    }

    /** A booking is completed on its booked day at the earliest (less the tolerance), never before. */
    public void requireCompletable(Instant startsAt, Clock clock) {
        if (clock.instant().isBefore(earliestCompletion(startsAt))) {
            throw new CommandRefusedException(Refusal.BOOKING_NOT_STARTED, "This booking can be completed from the "
                    + "start of its booked day (" + timeZone + ") at the earliest: a completion is a service event and "
                    + "restarts the retention period.");
        }
    }

    Instant earliestCompletion(Instant startsAt) {
        ZonedDateTime startOfDay = startsAt.atZone(timeZone).toLocalDate().atStartOfDay(timeZone);
        return startOfDay.toInstant().minus(earlyCompletion);
    }
}
