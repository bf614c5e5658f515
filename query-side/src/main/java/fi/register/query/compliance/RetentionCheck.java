package fi.register.query.compliance;

import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.service.ServiceEvent;
import fi.register.rules.OpenBookingKeepsTheCustomer;
import fi.register.rules.RetentionErasureOnlyWhenDue;
import fi.register.rules.RetentionPeriod;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * docs/requirements.md: data is kept 24 months from the last service event (the registration while there is none), then erased.
 * The deadline is computed by the rule the command side erases by ({@link RetentionPeriod}): measured from the latest
 * of the registration and every {@link ServiceEvent}, or from the latest open booking's time when later
 * ({@link OpenBookingKeepsTheCustomer}: a booking neither completed nor cancelled keeps its customer), plus the period
 * in UTC calendar months. Checked once the whole history is read:
 * <ul>
 * <li>a subject still held at {@code now} more than the grace past its deadline was kept too long;</li>
 * <li>an erasure more than the grace past the deadline came too late, whatever its reason;</li>
 * <li>a RETENTION_EXPIRED erasure before the deadline erased what was not yet due
 * ({@link RetentionErasureOnlyWhenDue}).</li>
 * </ul>
 * The grace is the same in the first two, so a subject is not a finding one way and on time the other. A cancellation
 * can move a deadline back into the past; the subject is then due from the cancellation, not before it.
 */
final class RetentionCheck implements ComplianceCheck {

    private static final class Subject {
        Instant measuredFrom;
        long measuredAtSequence;
        SubjectErasedEvent erasure;
        long erasureSequence;
        final Map<UUID, Instant> openBookings = new HashMap<>();
        /** The last cancellation: a deadline it moved into the past is due from here. */
        Instant lastCancelledAt;

        Instant latestOpenBooking() {
            return openBookings.values().stream().max(Comparator.naturalOrder()).orElse(null);
        }
    }

    private final RetentionPeriod period;
    private final Duration grace;
    private final Map<UUID, Subject> subjects = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private long checked;
    private long checkedExpiries;

    RetentionCheck(Period period, Duration grace) {
        this.period = new RetentionPeriod(period);
        this.grace = grace;
    }

    @Override
    public void accept(ReplayedEvent event) {
        if (event.payload() instanceof CustomerRegisteredEvent registered) {
            measureFrom(event, from -> RetentionPeriod.later(from, registered.registeredAt()));
        } else if (event.payload() instanceof ServiceEvent service) {
            if (service instanceof BookingCompletedEvent completed) {
                subject(event).openBookings.remove(completed.bookingId());
            }
            measureFrom(event, from -> RetentionPeriod.runsFrom(from, service, event.recordedAt()));
        } else if (event.payload() instanceof BookingMadeEvent booked) {
            subject(event).openBookings.put(booked.bookingId(), booked.startsAt());
        } else if (event.payload() instanceof BookingRescheduledEvent moved) {
            subject(event).openBookings.computeIfPresent(moved.bookingId(), (id, before) -> moved.startsAt());
        } else if (event.payload() instanceof BookingCancelledEvent cancelled) {
            Subject subject = subject(event);
            subject.openBookings.remove(cancelled.bookingId());
            subject.lastCancelledAt = RetentionPeriod.later(subject.lastCancelledAt, cancelled.cancelledAt());
        } else if (event.payload() instanceof SubjectErasedEvent erased) {
            Subject subject = subject(event);
            subject.erasure = erased;
            subject.erasureSequence = event.sequence();
        }
    }

    private Subject subject(ReplayedEvent event) {
        return subjects.computeIfAbsent(event.customerId(), id -> new Subject());
    }

    /** Remembers the event the deadline is measured from, for the finding: the last one that moved it. */
    private void measureFrom(ReplayedEvent event, UnaryOperator<Instant> rule) {
        Subject subject = subject(event);
        Instant from = rule.apply(subject.measuredFrom);
        if (!Objects.equals(from, subject.measuredFrom)) {
            subject.measuredFrom = from;
            subject.measuredAtSequence = event.sequence();
        }
    }

    @Override
    public void finish(Instant now) {
        subjects.forEach((customerId, subject) -> {
            if (subject.measuredFrom == null) {
                return; // never registered, nothing to measure from (an erasure of an unknown id, say)
            }
            checked++;
            // no booking changes after an erasure, so the bookings open now are the ones open at the erasure
            Instant deadline = period.eraseAfter(
                    OpenBookingKeepsTheCustomer.retentionRunsFrom(subject.measuredFrom, subject.latestOpenBooking()));
            Instant late = RetentionPeriod.later(deadline, subject.lastCancelledAt).plus(grace);
            if (subject.erasure == null) {
                if (now.isAfter(late)) {
                    findings.add(new Finding(ComplianceRule.KEPT_PAST_RETENTION, customerId, subject.measuredAtSequence,
                            deadline, "not erased: retention (" + period + ") ended " + deadline + ", still held at " + now));
                }
                return;
            }
            Instant erasedAt = erasedAt(subject);
            if (subject.erasure.reason() == ErasureReason.RETENTION_EXPIRED) {
                checkedExpiries++;
            }
            if (erasedAt.isAfter(late)) {
                findings.add(new Finding(ComplianceRule.KEPT_PAST_RETENTION, customerId, subject.erasureSequence, deadline,
                        subject.erasure.reason() + " erasure at " + erasedAt + ", after the retention deadline "
                                + deadline + " and its grace " + grace));
            } else if (!RetentionErasureOnlyWhenDue.allows(subject.erasure.reason(), deadline, erasedAt)) {
                findings.add(new Finding(ComplianceRule.ERASED_BEFORE_RETENTION_DUE, customerId, subject.erasureSequence,
                        erasedAt, "RETENTION_EXPIRED erasure at " + erasedAt + ", before the retention deadline " + deadline));
            }
        });
        findings.sort(Comparator.comparing(Finding::at));
    }

    private static Instant erasedAt(Subject subject) {
        return subject.erasure.erasedAt();
    }

    @Override
    public Map<ComplianceRule, Long> checked() {
        return Map.of(ComplianceRule.KEPT_PAST_RETENTION, checked, ComplianceRule.ERASED_BEFORE_RETENTION_DUE,
                checkedExpiries);
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }
}
