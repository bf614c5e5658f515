package fi.register.rules;

import java.time.Instant;

/**
 * A customer with an open booking is still a customer: the relationship the notice keeps data for has not ended,
 * so {@link RetentionPeriod} runs from the latest open booking's time when that is later than the last service event
 * (or the registration). While the booking lies ahead the subject is therefore never due; once its time has passed
 * without the booking being completed or cancelled, the period counts from the booked time at the latest. A cancelled
 * booking holds nothing, and a completed one is a service event and restarts the period by itself.
 * <p>
 * The command side's schedule and aggregate and the compliance replay all decide by this class, so the one erasing
 * and the one checking the erasures cannot disagree.
 */
public final class OpenBookingKeepsTheCustomer {

    /**
     * Booked times are bounded on entry (register.bookings.horizon), but a history written before the bound may hold
     * one in year 999999999, where a deadline cannot even be computed. Such a booking holds the customer as if it
     * were in this year: for as long as anyone will run the register, and within every store's range.
     */
    public static final Instant LATEST_HOLD = Instant.parse("9000-01-01T00:00:00Z");

    private OpenBookingKeepsTheCustomer() {
    }

    /**
     * What the retention period runs from.
     *
     * @param lastServiceOrRegistration the last service event's time, or the registration while there is none
     * @param latestOpenBooking         the latest booked time among the subject's open bookings, null when none is open
     */
    public static Instant retentionRunsFrom(Instant lastServiceOrRegistration, Instant latestOpenBooking) {
        return RetentionPeriod.later(lastServiceOrRegistration, held(latestOpenBooking));
    }

    /** Whether the open booking, not the last service event, sets the deadline: why such a subject is not yet due. */
    public static boolean keeps(Instant lastServiceOrRegistration, Instant latestOpenBooking) {
        return latestOpenBooking != null
                && (lastServiceOrRegistration == null || held(latestOpenBooking).isAfter(lastServiceOrRegistration));
    }

    /** A booked time as it holds the customer: times beyond {@link #LATEST_HOLD} hold until it. */
    public static Instant held(Instant startsAt) {
        return startsAt == null || !startsAt.isAfter(LATEST_HOLD) ? startsAt : LATEST_HOLD;
    }
}
