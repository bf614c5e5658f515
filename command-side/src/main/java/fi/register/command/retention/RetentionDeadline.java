package fi.register.command.retention;

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
 * service event, or the registration while there is none; {@code period} is the setting the deadline was
 * computed with, so a changed setting can be applied to the deadlines already set.
 */
@Entity
@Table(name = "retention_deadline", indexes = @Index(name = "retention_deadline_erase_after", columnList = "erase_after"))
class RetentionDeadline {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "measured_from", nullable = false)
    private Instant measuredFrom;

    @Column(name = "erase_after", nullable = false)
    private Instant eraseAfter;

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
        this.eraseAfter = retention.eraseAfter(from);
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
}
