package fi.register.query.customer;

/**
 * Asks the query side for the register views whose e-mail address has this keyed blind index
 * (see {@code fi.register.crypto.BlindIndex}); answered with a list of {@link CustomerResponse}, empty if none.
 * The asker turns the address into its index before the query is sent, so the address itself never travels in
 * a message: a query names no data subject whose key could encrypt it.
 */
public record FetchCustomerByEmailQuery(String emailIndex) {
}
