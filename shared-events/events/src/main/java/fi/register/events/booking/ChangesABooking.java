package fi.register.events.booking;

import java.util.UUID;

/**
 * A command about one booking the subject already has (reschedule, cancel, complete), so the aggregate can refuse a
 * booking it does not know by one rule, before the command is routed to the booking.
 */
public interface ChangesABooking {

    UUID customerId();

    UUID bookingId();
}
