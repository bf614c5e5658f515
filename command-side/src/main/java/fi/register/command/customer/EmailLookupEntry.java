package fi.register.command.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One row of the e-mail lookup table: a keyed blind index of the address, never the address itself. */
@Entity
@Table(name = "email_lookup")
class EmailLookupEntry {

    @Id
    @Column(name = "email_index", length = 64)
    private String emailIndex;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    protected EmailLookupEntry() {
        // for JPA
    }

    EmailLookupEntry(String emailIndex, UUID customerId) {
        this.emailIndex = emailIndex;
        this.customerId = customerId;
    }

    UUID customerId() {
        return customerId;
    }
}
