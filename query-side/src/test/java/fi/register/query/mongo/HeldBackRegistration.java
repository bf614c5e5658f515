package fi.register.query.mongo;

import fi.register.events.customer.CustomerRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the customer view's processor at one customer's registration until the test lets it go: a rebuild that has
 * not finished, made to last as long as the test needs. Test-only: added by the tests that use it, never scanned.
 */
@ProcessingGroup("customer-view")
class HeldBackRegistration {

    static final Map<UUID, CountDownLatch> HELD = new ConcurrentHashMap<>();

    @EventHandler
    void on(CustomerRegisteredEvent event) throws InterruptedException {
        CountDownLatch gate = HELD.get(event.customerId());
        if (gate != null && !gate.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("held back longer than any test runs");
        }
    }
}
