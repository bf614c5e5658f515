package fi.register.query.order;

import fi.register.events.customer.CustomerResponse;
import fi.register.events.customer.FetchCustomerQuery;
import fi.register.events.order.FetchOrderConfirmationQuery;
import fi.register.events.order.FetchOrdersQuery;
import fi.register.events.order.OrderConfirmationResponse;
import fi.register.events.order.OrderResponse;
import fi.register.query.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Orders view", description = "A customer's orders and the order confirmations disclosed for them (staff)")
class OrderQueryController {

    private final QueryGateway queryGateway;
    private final PersonalDataReads reads;

    OrderQueryController(QueryGateway queryGateway, PersonalDataReads reads) {
        this.queryGateway = queryGateway;
        this.reads = reads;
    }

    @GetMapping("/api/customers/{customerId}/orders")
    @Operation(summary = "The customer's orders, oldest first, with the delivery address and to whom a confirmation went; "
            + "404 for an unknown id, 410 once erased. The read is recorded in the audit trail.")
    List<OrderResponse> orders(@PathVariable UUID customerId, Authentication reader) {
        requireCustomer(customerId);
        List<OrderResponse> orders = queryGateway.query(new FetchOrdersQuery(customerId),
                ResponseTypes.multipleInstancesOf(OrderResponse.class)).join();
        reads.record(customerId, reader.getName(), PersonalDataRead.ORDERS);
        return orders;
    }

    @GetMapping("/api/customers/{customerId}/orders/{orderId}/confirmation")
    @Operation(summary = "The order confirmation as it went to its recipient (Neurosonic Finland Oy for a Neurosonic "
            + "device): recipient, legal basis, the fields disclosed and the document holding exactly those; 404 when the "
            + "order is unknown or had no confirmation. The read is recorded in the audit trail.")
    OrderConfirmationResponse confirmation(@PathVariable UUID customerId, @PathVariable UUID orderId, Authentication reader) {
        requireCustomer(customerId);
        OrderConfirmationResponse confirmation = queryGateway.query(new FetchOrderConfirmationQuery(customerId, orderId),
                OrderConfirmationResponse.class).join();
        reads.record(customerId, reader.getName(), PersonalDataRead.ORDER_CONFIRMATION);
        return confirmation;
    }

    /** The register view answers 404 or 410, so the order queries only ever speak of a known, unerased customer. */
    private void requireCustomer(UUID customerId) {
        queryGateway.query(new FetchCustomerQuery(customerId), CustomerResponse.class).join();
    }
}
