package fi.register.command.order;

import fi.register.command.address.AddressRequest;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.PlaceOrderCommand;
import fi.register.events.order.Product;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

public record PlaceOrderRequest(@NotNull Product product, @NotNull OrderTerms terms, @NotNull @Valid AddressRequest deliveryAddress) {

    public PlaceOrderCommand toCommand(UUID customerId, UUID orderId) {
        return new PlaceOrderCommand(customerId, orderId, product, terms, deliveryAddress.toPostalAddress());
    }
}
