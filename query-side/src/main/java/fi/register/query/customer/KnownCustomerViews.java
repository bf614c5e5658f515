package fi.register.query.customer;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Reads one part of the register view (bookings, orders, an order confirmation...) for a known, unerased customer
 * only: where the customer stands is asked first and answers 404 or 410, so an empty list always means "none
 * recorded". The rule lives here once, for every feature's controller.
 */
@Component
public class KnownCustomerViews {

    private final QueryGateway queryGateway;

    KnownCustomerViews(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public <T> List<T> part(UUID customerId, Object query, Class<T> type) {
        requireRegistered(customerId);
        return queryGateway.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }

    public <T> T item(UUID customerId, Object query, Class<T> type) {
        requireRegistered(customerId);
        return queryGateway.query(query, type).join();
    }

    /** Asks only where the customer stands: the entry is not decrypted just to answer 404 or 410. */
    private void requireRegistered(UUID customerId) {
        queryGateway.query(new FetchCustomerStandingQuery(customerId), CustomerStanding.class).join().requireRegistered();
    }
}
