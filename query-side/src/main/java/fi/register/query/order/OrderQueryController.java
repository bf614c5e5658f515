package fi.register.query.order;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.autoconfigure.openapi.Refuses;
import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import fi.register.query.customer.KnownCustomerViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Orders view", description = "A customer's orders and the order confirmations disclosed for them (staff)")
class OrderQueryController {

    private final KnownCustomerViews views;
    private final PersonalDataReads reads;

    OrderQueryController(KnownCustomerViews views, PersonalDataReads reads) {
        this.views = views;
        this.reads = reads;
    }

    @GetMapping("/api/customers/{customerId}/orders")
    @Operation(summary = "The customer's orders, oldest first, with the delivery address and to whom a confirmation went; "
            + "404 for an unknown id, 410 once erased. The read is recorded in the audit trail.")
    List<OrderResponse> orders(@PathVariable UUID customerId, Authentication reader) {
        List<OrderResponse> orders = views.part(customerId, new FetchOrdersQuery(customerId), OrderResponse.class);
        reads.record(customerId, reader.getName(), PersonalDataRead.ORDERS);
        return orders;
    }

    @GetMapping("/api/customers/{customerId}/orders/{orderId}/confirmation")
    @Operation(summary = "The order confirmation as it went to its recipient (Neurosonic Finland Oy for a Neurosonic "
            + "device): its namedParty code, legal basis, the fields disclosed and the document holding exactly those; 404 when the "
            + "order is unknown or had no confirmation. The read is recorded in the audit trail.")
    @Refuses({Refusal.ORDER_NOT_FOUND, Refusal.NO_ORDER_CONFIRMATION})
    OrderConfirmationResponse confirmation(@PathVariable UUID customerId, @PathVariable UUID orderId, Authentication reader) {
        OrderConfirmationResponse confirmation = views.item(customerId,
                new FetchOrderConfirmationQuery(customerId, orderId), OrderConfirmationResponse.class);
        reads.record(customerId, reader.getName(), PersonalDataRead.ORDER_CONFIRMATION);
        return confirmation;
    }

}
