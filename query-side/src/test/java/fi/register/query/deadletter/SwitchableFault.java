package fi.register.query.deadletter;

import fi.register.events.customer.CustomerRectifiedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fault in the customer view, switched on per customer by the test: a rectification of such a customer fails before
 * the view's own handler runs (first in the group by its order). Its message quotes the event's last name, as a real
 * exception's message might, so the tests can prove it is kept out of the queue and the log. Test-only: added to the
 * application by the tests that use it, never found by component scanning.
 */
@ProcessingGroup("customer-view")
@Order(Ordered.HIGHEST_PRECEDENCE)
class SwitchableFault {

    static final Set<UUID> FAILING = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(CustomerRectifiedEvent event) {
        if (FAILING.contains(event.customerId())) {
            throw new IllegalStateException("the view cannot take the last name " + event.lastName());
        }
    }
}
