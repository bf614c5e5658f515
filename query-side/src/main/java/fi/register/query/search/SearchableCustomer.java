package fi.register.query.search;

import fi.register.events.customer.CustomerKind;

import java.time.Instant;
import java.util.UUID;

/**
 * What the search index holds of one customer, in memory only: the fields searched by, as decrypted from the register
 * view, and when the customer's entry last changed ({@code lastActiveAt}: registration, rectification, interview,
 * consent given or withdrawn), which orders the list of recently active customers.
 */
public record SearchableCustomer(UUID customerId, CustomerKind kind, String firstName, String lastName,
                                 String companyName, String businessId, String email, String phone,
                                 Instant lastActiveAt) {

    SearchableCustomer activeAt(Instant at) {
        return at == null || (lastActiveAt != null && !at.isAfter(lastActiveAt)) ? this
                : new SearchableCustomer(customerId, kind, firstName, lastName, companyName, businessId, email, phone, at);
    }

    /** Field values are personal data: never let a stray log line print them. */
    @Override
    public String toString() {
        return "SearchableCustomer[" + customerId + "]";
    }
}
