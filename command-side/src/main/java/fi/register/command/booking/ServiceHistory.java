package fi.register.command.booking;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.menu.CustomerGroups;
import fi.register.command.menu.ServiceEventKinds;
import fi.register.command.menu.ServicesOnTheMenu;
import fi.register.command.problem.CommandRefusedException;
import fi.register.command.snapshot.SnapshotState;
import fi.register.events.LegalBasis;
import fi.register.events.booking.BookServiceCommand;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.service.RecordServiceEventCommand;
import fi.register.events.service.ServiceEvent;
import fi.register.events.service.ServiceProvidedEvent;
import fi.register.rules.OpenBookingKeepsTheCustomer;
import fi.register.rules.RetentionErasureOnlyWhenDue;
import fi.register.rules.RetentionPeriod;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static fi.register.command.legalbasis.LegalBasisMetaData.of;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The services the subject used, a member of its aggregate: it decides booking a service from the menu and recording
 * one that took place without a booking. Each booking is a member of its own, deciding on itself. Knows when the
 * retention period started running, so the aggregate can tell its own deadline.
 */
@SnapshotState
public class ServiceHistory {

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<UUID, Booking> bookings = new LinkedHashMap<>();
    /** What the retention period runs from: the last service event, or the registration while there is none. */
    private Instant retentionMeasuredFrom;

    @CommandHandler
    void handle(BookServiceCommand command, CustomerGroups menu, BookingCalendar calendar, Clock clock) {
        ServicesOnTheMenu.require(menu, Set.of(command.service()));
        calendar.requireBookable(command.startsAt(), clock);
        apply(new BookingMadeEvent(command.customerId(), command.bookingId(), command.service(), command.startsAt(),
                command.channel(), clock.instant()), of(LegalBasis.CONTRACT));
    }

    @CommandHandler
    void handle(RecordServiceEventCommand command, CustomerGroups menu, ServiceEventKinds kinds, Clock clock) {
        ServicesOnTheMenu.require(menu, Set.of(command.service()));
        kinds.require(command.service(), command.kind());
        apply(new ServiceProvidedEvent(command.customerId(), command.serviceEventId(), command.service(), command.kind(),
                clock.instant()), of(LegalBasis.CONTRACT));
    }

    @EventSourcingHandler
    void on(BookingMadeEvent event) {
        bookings.put(event.bookingId(), new Booking(event.bookingId(), event.service(), event.startsAt()));
    }

    @EventSourcingHandler
    void on(CustomerRegisteredEvent event) {
        retentionMeasuredFrom = event.registeredAt();
    }

    /** Any service event restarts the retention period, by {@link RetentionPeriod#runsFrom}, as in the schedule. */
    @EventSourcingHandler
    void on(ServiceEvent event, @Timestamp Instant recordedAt) {
        retentionMeasuredFrom = RetentionPeriod.runsFrom(retentionMeasuredFrom, event, recordedAt);
    }

    /**
     * Refuses an erasure for retention before this subject's period has passed ({@link RetentionErasureOnlyWhenDue}),
     * an open booking keeping the customer ({@link OpenBookingKeepsTheCustomer}), decided from the subject's own
     * history with the clock of the instance handling it. So the history never says RETENTION_EXPIRED for a subject
     * still within its period, and a round that read a deadline just before a service event or a booking moved it
     * erases nothing.
     */
    public void requireErasureAllowed(ErasureReason reason, RetentionPeriod period, Clock clock) {
        Instant latestOpenBooking = bookings.values().stream().map(Booking::openAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Instant eraseAfter = period.eraseAfter(
                OpenBookingKeepsTheCustomer.retentionRunsFrom(retentionMeasuredFrom, latestOpenBooking));
        if (!RetentionErasureOnlyWhenDue.allows(reason, eraseAfter, clock.instant())) {
            throw new CommandRefusedException(Refusal.RETENTION_NOT_DUE,
                    "The retention period of this customer has not passed, or an open booking keeps the customer: "
                            + "see GET /api/retention/due.");
        }
    }

    /** See {@link Booking#requireKnown}: asked by the aggregate before a command is routed to a booking. */
    public void requireKnownBooking(Object command) {
        Booking.requireKnown(bookings, command);
    }

    // equal by state, so the test fixture can check that sourcing the events gives the state the handlers left
    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceHistory history && bookings.equals(history.bookings)
                && Objects.equals(retentionMeasuredFrom, history.retentionMeasuredFrom);
    }

    @Override
    public int hashCode() {
        return bookings.hashCode();
    }
}
