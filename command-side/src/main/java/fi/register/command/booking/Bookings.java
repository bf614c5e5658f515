package fi.register.command.booking;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.booking.BookingStatus;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A subject's bookings as far as decisions need them: which service, and whether each is still open. No times (a
 * reschedule needs no earlier time to decide) and nothing personal.
 */
public class Bookings {

    private final Map<UUID, Booking> byId = new HashMap<>();

    private record Booking(String service, BookingStatus status) {
    }

    /**
     * Only an open booking can be rescheduled, cancelled or completed: a cancelled one did not take place, and a
     * completed one already counted as a service event.
     *
     * @return the booked service
     */
    public String requireOpen(UUID bookingId) {
        Booking booking = byId.get(bookingId);
        if (booking == null) {
            throw new CommandRefusedException(Refusal.BOOKING_NOT_FOUND, "This customer has no booking with this id.");
        }
        if (booking.status() != BookingStatus.BOOKED) {
            throw new CommandRefusedException(Refusal.BOOKING_CLOSED, "This booking is already "
                    + booking.status().name().toLowerCase() + ": it can no longer be rescheduled, cancelled or completed.");
        }
        return booking.service();
    }

    public void made(BookingMadeEvent event) {
        byId.put(event.bookingId(), new Booking(event.service(), BookingStatus.BOOKED));
    }

    public void cancelled(UUID bookingId) {
        byId.computeIfPresent(bookingId, (id, booking) -> new Booking(booking.service(), BookingStatus.CANCELLED));
    }

    public void completed(UUID bookingId) {
        byId.computeIfPresent(bookingId, (id, booking) -> new Booking(booking.service(), BookingStatus.COMPLETED));
    }
}
