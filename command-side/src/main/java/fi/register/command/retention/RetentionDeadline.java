package fi.register.command.retention;

import fi.register.rules.OpenBookingKeepsTheCustomer;
import fi.register.rules.RetentionPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One subject's retention deadline: ids and times only, nothing personal. {@code measuredFrom} is the last
 * service event, or the registration while there is none; {@code openBookingAt} the latest open booking's time, which
 * keeps the customer when it is later ({@link OpenBookingKeepsTheCustomer}); {@code eraseAfter} the deadline both give,
 * {@code serviceDeadline} the one the service events alone would give, so the officer's listing can show who an open
 * booking keeps; {@code period} is the setting the deadline was computed with, so a changed setting can be applied to
 * the deadlines already set.
 */
@Entity
@Table(name = "retention_deadline", indexes = @Index(name = "retention_deadline_erase_after", columnList = "erase_after"))
class RetentionDeadline {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "measured_from", nullable = false)
    private Instant measuredFrom;

    @Column(name = "open_booking_at")
    private Instant openBookingAt;

    @Column(name = "erase_after", nullable = false)
    private Instant eraseAfter;

    // null only in a row written before open bookings kept customers: recomputed on start-up
    @Column(name = "service_deadline")
    private Instant serviceDeadline;

    @Column(name = "retention_period", nullable = false, length = 32)
    private String period;

    protected RetentionDeadline() {
        // for JPA
    }

    RetentionDeadline(UUID customerId, Instant measuredFrom, RetentionPeriod period) {
        this.customerId = customerId;
        measureFrom(measuredFrom, period);
    }

    final void measureFrom(Instant from, RetentionPeriod retention) {
        this.measuredFrom = from;
        recompute(retention);
    }

    /** The latest open booking's time, null when none is open any more. */
    void keepFor(Instant latestOpenBooking, RetentionPeriod retention) {
        this.openBookingAt = OpenBookingKeepsTheCustomer.held(latestOpenBooking);
        recompute(retention);
    }

    final void recompute(RetentionPeriod retention) {
        this.serviceDeadline = retention.eraseAfter(measuredFrom);
        this.eraseAfter = retention.eraseAfter(OpenBookingKeepsTheCustomer.retentionRunsFrom(measuredFrom, openBookingAt));
        this.period = retention.text();
    }

    UUID customerId() {
        return customerId;
    }

    Instant measuredFrom() {
        return measuredFrom;
    }

    Instant eraseAfter() {
        return eraseAfter;
    }

    /** The open booking that keeps this customer past the last service event's deadline, if one does. */
    Instant keptByOpenBookingAt() {
        return OpenBookingKeepsTheCustomer.keeps(measuredFrom, openBookingAt) ? openBookingAt : null;
    }
}
