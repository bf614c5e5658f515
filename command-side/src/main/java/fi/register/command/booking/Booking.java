package fi.register.command.booking;

import fi.register.autoconfigure.problem.Refusal;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import fi.register.command.problem.CommandRefusedException;
import fi.register.command.snapshot.SnapshotState;
import fi.register.events.LegalBasis;
import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.events.booking.BookingStatus;
import fi.register.events.booking.CancelBookingCommand;
import fi.register.events.booking.ChangesABooking;
import fi.register.events.booking.CompleteBookingCommand;
import fi.register.events.booking.RescheduleBookingCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static fi.register.command.legalbasis.LegalBasisMetaData.of;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One booking of the subject, a member of its aggregate: it decides its own reschedule, cancellation and completion.
 * Keeps only what those decisions need, the service, its time (no completion before it; an open booking keeps the
 * customer, {@code OpenBookingKeepsTheCustomer}) and whether it is still open: nothing personal.
 */
@SnapshotState
public class Booking {

    @EntityId
    private final UUID bookingId;
    private final String service;
    private Instant startsAt;
    private BookingStatus status = BookingStatus.BOOKED;

    // also how a snapshot rebuilds it; its status is set from the snapshot's field afterwards
    @JsonCreator
    public Booking(@JsonProperty("bookingId") UUID bookingId, @JsonProperty("service") String service,
                   @JsonProperty("startsAt") Instant startsAt) {
        this.bookingId = bookingId;
        this.service = service;
        this.startsAt = startsAt;
    }

    @CommandHandler
    void handle(RescheduleBookingCommand command, BookingCalendar calendar, Clock clock) {
        requireOpen();
        calendar.requireBookable(command.startsAt(), clock);
        apply(new BookingRescheduledEvent(command.customerId(), bookingId, command.startsAt(), clock.instant()),
                of(LegalBasis.CONTRACT));
    }

    @CommandHandler
    void handle(CancelBookingCommand command, Clock clock) {
        requireOpen();
        apply(new BookingCancelledEvent(command.customerId(), bookingId, clock.instant()), of(LegalBasis.CONTRACT));
    }

    /** The booked service took place: a service event, named with its service so retention and reports need no lookup. */
    @CommandHandler
    void handle(CompleteBookingCommand command, BookingCalendar calendar, Clock clock) {
        requireOpen();
        calendar.requireCompletable(startsAt, clock);
        apply(new BookingCompletedEvent(command.customerId(), bookingId, service, clock.instant()),
                of(LegalBasis.CONTRACT));
    }

    @EventSourcingHandler
    void on(BookingRescheduledEvent event) {
        startsAt = event.startsAt();
    }

    @EventSourcingHandler
    void on(BookingCancelledEvent event) {
        status = BookingStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(BookingCompletedEvent event) {
        status = BookingStatus.COMPLETED;
    }

    // equal by state, so the test fixture can check that sourcing the events gives the state the handlers left
    @Override
    public boolean equals(Object other) {
        return other instanceof Booking booking && bookingId.equals(booking.bookingId)
                && Objects.equals(service, booking.service) && Objects.equals(startsAt, booking.startsAt)
                && status == booking.status;
    }

    @Override
    public int hashCode() {
        return bookingId.hashCode();
    }

    /** The booked time while the booking is open, so it keeps the customer; null once cancelled or completed. */
    Instant openAt() {
        return status == BookingStatus.BOOKED ? startsAt : null;
    }

    /**
     * Refuses a command about a booking the subject does not have, by the notice's name for it: the aggregate asks
     * before Axon looks for the member, which would otherwise answer with its generic "no entity".
     */
    public static void requireKnown(Map<UUID, Booking> bookings, Object command) {
        if (command instanceof ChangesABooking change && !bookings.containsKey(change.bookingId())) {
            throw new CommandRefusedException(Refusal.BOOKING_NOT_FOUND, "This customer has no booking with this id.");
        }
    }

    /**
     * Only an open booking can be rescheduled, cancelled or completed: a cancelled one did not take place, and a
     * completed one already counted as a service event.
     */
    private void requireOpen() {
        if (status != BookingStatus.BOOKED) {
            throw new CommandRefusedException(Refusal.BOOKING_CLOSED, "This booking is already "
                    + status.name().toLowerCase() + ": it can no longer be rescheduled, cancelled or completed.");
        }
    }
}
