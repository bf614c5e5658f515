package fi.register.command.retention;

import fi.register.rules.OpenBookingKeepsTheCustomer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A booking that is neither completed nor cancelled, with its time: while it is open it keeps its customer
 * ({@link OpenBookingKeepsTheCustomer}). Ids and times only; gone once the booking closes or the subject is erased.
 */
@Entity
@Table(name = "retention_open_booking", indexes = @Index(name = "retention_open_booking_customer", columnList = "customer_id"))
class OpenBooking {

    @Id
    @Column(name = "booking_id")
    private UUID bookingId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    protected OpenBooking() {
        // for JPA
    }

    OpenBooking(UUID bookingId, UUID customerId, Instant startsAt) {
        this.bookingId = bookingId;
        this.customerId = customerId;
        moveTo(startsAt);
    }

    /** Kept as it holds the customer: a time an old history holds beyond every store's range is kept at the bound. */
    void moveTo(Instant startsAt) {
        this.startsAt = OpenBookingKeepsTheCustomer.held(startsAt);
    }

    Instant startsAt() {
        return startsAt;
    }
}
