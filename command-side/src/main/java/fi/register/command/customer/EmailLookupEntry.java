package fi.register.command.customer;

import org.springframework.data.domain.Persistable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * One row of the e-mail lookup table: a keyed blind index of the address, never the address itself. Always new when
 * saved, so JPA inserts it: a merge would quietly overwrite another subject's row that committed a moment earlier
 * (ten concurrent registrations of one address once gave up to seven 201s).
 */
@Entity
@Table(name = "email_lookup")
class EmailLookupEntry implements Persistable<String> {

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

    @Override
    public String getId() {
        return emailIndex;
    }

    /** Rows are inserted and deleted, never updated. */
    @Override
    public boolean isNew() {
        return true;
    }
}
