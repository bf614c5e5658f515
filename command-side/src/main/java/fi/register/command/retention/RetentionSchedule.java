package fi.register.command.retention;

import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.service.ServiceEvent;
import fi.register.rules.OpenBookingKeepsTheCustomer;
import fi.register.rules.RetentionPeriod;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every subject's retention deadline, kept in the command side's database. Runs in a subscribing processor,
 * so a deadline is written in the same transaction as the event that sets it: a stored event never lacks its
 * deadline, and a deadline survives every restart because it is a row, not a timer. The subjects' open bookings are
 * rows too, because an open booking keeps its customer ({@link OpenBookingKeepsTheCustomer}): booking, rescheduling,
 * cancelling and completing move the deadline, the last two possibly back.
 */
@Component
@ProcessingGroup(RetentionSchedule.PROCESSING_GROUP)
class RetentionSchedule {

    static final String PROCESSING_GROUP = "retention-schedule";
    /** One round erases at most this many subjects; the rest follow on the next round. */
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RetentionDeadlineRepository repository;
    private final OpenBookingRepository openBookings;
    private final RetentionPeriod period;

    RetentionSchedule(RetentionDeadlineRepository repository, OpenBookingRepository openBookings, RetentionPeriod period) {
        this.repository = repository;
        this.openBookings = openBookings;
        this.period = period;
    }

    /** A subject without a service event yet is measured from its registration. */
    @EventHandler
    void on(CustomerRegisteredEvent event) {
        measureFrom(event.customerId(), event.registeredAt());
    }

    /**
     * Any event that is a service event restarts the period, whatever its concrete type: the type is the
     * contract, so new kinds of service need nothing here. A service event never moves a deadline back.
     */
    @EventHandler
    void on(ServiceEvent event, @Timestamp Instant recordedAt) {
        if (event instanceof BookingCompletedEvent completed) {
            // a completed booking keeps nothing open: the service event it is restarts the period instead
            openBookings.deleteById(completed.bookingId());
        }
        // the time of service is not personal data; the rule falls back on the record time should it be missing
        measureFrom(event.customerId(), RetentionPeriod.runsFrom(null, event, recordedAt));
        keepForOpenBookings(event.customerId());
    }

    @EventHandler
    void on(BookingMadeEvent event) {
        openBookings.save(new OpenBooking(event.bookingId(), event.customerId(), event.startsAt()));
        keepForOpenBookings(event.customerId());
    }

    @EventHandler
    void on(BookingRescheduledEvent event) {
        openBookings.findById(event.bookingId()).ifPresent(booking -> {
            booking.moveTo(event.startsAt());
            openBookings.save(booking);
        });
        keepForOpenBookings(event.customerId());
    }

    /** A cancelled booking did not take place and keeps nothing: the deadline may move back, even into the past. */
    @EventHandler
    void on(BookingCancelledEvent event) {
        openBookings.deleteById(event.bookingId());
        keepForOpenBookings(event.customerId());
    }

    /**
     * Whatever the reason, an erased subject has nothing left to erase. Also on a replay, unlike the key
     * shredder: this is state, not an action, and a rebuilt table must not hold deadlines of erased subjects.
     */
    @EventHandler
    void on(SubjectErasedEvent event) {
        forget(event.customerId());
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
        openBookings.deleteAllInBatch();
    }

    /** The oldest deadlines that have passed at {@code now}, at most {@link #BATCH} of them. */
    List<RetentionDeadline> dueAt(Instant now) {
        return repository.findByEraseAfterLessThanEqualOrderByEraseAfterAscCustomerIdAsc(now, Limit.of(BATCH));
    }

    /**
     * Every deadline that falls before {@code before}, the earliest first (passed ones included), and every subject an
     * open booking keeps although its last service event's deadline falls before it: the officer sees why they stay.
     */
    List<RetentionDeadline> dueBefore(Instant before) {
        return repository.findByEraseAfterBeforeOrServiceDeadlineBeforeOrderByEraseAfterAscCustomerIdAsc(before, before);
    }

    Optional<Instant> deadlineOf(UUID customerId) {
        return repository.findById(customerId).map(RetentionDeadline::eraseAfter);
    }

    /** Drops a deadline that has nothing left to erase (the subject is gone, or never existed). */
    void forget(UUID customerId) {
        // ignores a deadline that is not there: another instance may have been first
        repository.deleteById(customerId);
        openBookings.deleteByCustomer(customerId);
    }

    /**
     * Applies a changed period setting to the deadlines set under the old one. A shorter period can make
     * subjects due at once: the setting is the controller's rule, and data past it must not be kept.
     */
    int applyCurrentPeriod() {
        List<RetentionDeadline> stale = repository.findByPeriodNotOrServiceDeadlineIsNull(period.text());
        stale.forEach(deadline -> deadline.recompute(period));
        repository.saveAll(stale);
        if (!stale.isEmpty()) {
            log.info("Retention period is now {}: recomputed {} deadline(s)", period, stale.size());
        }
        return stale.size();
    }

    private void measureFrom(UUID customerId, Instant from) {
        RetentionDeadline deadline = repository.findById(customerId).orElse(null);
        if (deadline == null) {
            repository.save(new RetentionDeadline(customerId, from, period));
        } else if (from.isAfter(deadline.measuredFrom())) {
            deadline.measureFrom(from, period);
            repository.save(deadline);
        }
    }

    /** The subject's latest open booking keeps it, if later than its last service event; none may be left. */
    private void keepForOpenBookings(UUID customerId) {
        repository.findById(customerId).ifPresent(deadline -> {
            deadline.keepFor(openBookings.findFirstByCustomerIdOrderByStartsAtDesc(customerId)
                    .map(OpenBooking::startsAt).orElse(null), period);
            repository.save(deadline);
        });
    }
}
