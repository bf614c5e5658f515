package fi.register.command.order;

import fi.register.autoconfigure.openapi.Refuses;
import fi.register.autoconfigure.problem.Refusal;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@Tag(name = "Orders", description = "Order service products: Neurosonic devices, Emfit monitors (staff)")
class OrderController {

    private final CommandGateway commandGateway;

    OrderController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping("/api/customers/{customerId}/orders")
    @Operation(summary = "Order a product (SALE or RENTAL) to a delivery address. A Neurosonic device order also records "
            + "the disclosure of its order confirmation to Neurosonic Finland Oy: name, delivery address, delivery "
            + "contact, product and order reference, nothing else. The order is billed, so the customer needs an address "
            + "or billing details on record (add them by rectification).")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses(Refusal.ADDRESS_REQUIRED)
    ResponseEntity<OrderIdResponse> place(@PathVariable UUID customerId, @Valid @RequestBody PlaceOrderRequest request) {
        UUID orderId = UUID.randomUUID();
        commandGateway.sendAndWait(request.toCommand(customerId, orderId));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/orders/" + orderId))
                .body(new OrderIdResponse(orderId));
    }

    @PatchMapping(path = "/api/customers/{customerId}/orders/{orderId}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Rectify an order's delivery address as a JSON Merge Patch (RFC 7396): "
            + "{\"deliveryAddress\": {...}}, replaced whole; it cannot be cleared. An order confirmation already "
            + "disclosed keeps the address it went out with.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.ORDER_NOT_FOUND, Refusal.NOTHING_TO_RECTIFY})
    ResponseEntity<Void> rectify(@PathVariable UUID customerId, @PathVariable UUID orderId,
                                 @Valid @RequestBody DeliveryAddressMergePatch patch) {
        commandGateway.sendAndWait(patch.toCommand(customerId, orderId));
        return ResponseEntity.noContent().build();
    }

    record OrderIdResponse(UUID orderId) {
    }
}
