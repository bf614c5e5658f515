package fi.register.query.customer;

import java.util.UUID;

/**
 * Whether the register holds a customer, without reading their personal data: what a view part asks before it lists
 * anything, so that 404 and 410 are answered without decrypting the entry.
 */
public record FetchCustomerStandingQuery(UUID customerId) {
}
