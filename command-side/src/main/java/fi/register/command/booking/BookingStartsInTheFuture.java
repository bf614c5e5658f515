package fi.register.command.booking;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;

import java.time.Clock;
import java.time.Instant;

/**
 * A booking (or its new time) lies ahead: a service that already took place without a booking is recorded as a
 * service event instead, so the register never holds bookings made up after the fact.
 */
public final class BookingStartsInTheFuture {

    private BookingStartsInTheFuture() {
    }

    public static void require(Instant startsAt, Clock clock) {
        if (!startsAt.isAfter(clock.instant())) {
            throw new CommandRefusedException(Refusal.BOOKING_IN_THE_PAST, "startsAt must be in the future; record a "
                    + "service that already took place as a service event.");
        }
    }
}
