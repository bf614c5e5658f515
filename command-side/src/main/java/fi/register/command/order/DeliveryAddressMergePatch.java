package fi.register.command.order;

import fi.register.command.address.AddressRequest;
import fi.register.events.order.RectifyDeliveryAddressCommand;
import jakarta.validation.Valid;

import java.util.UUID;

/**
 * A correction of an order as a JSON Merge Patch (RFC 7396): its one personal field, the delivery address, replaced
 * whole (a postal address is valid only as a whole, and the command side never holds the current one). {@code null}
 * is passed on for the aggregate to refuse by name: an order is always delivered somewhere. Product and terms are
 * the contract, not personal data, and are not corrected here.
 */
public final class DeliveryAddressMergePatch {

    private boolean cleared;
    @Valid private AddressRequest deliveryAddress;

    public void setDeliveryAddress(AddressRequest deliveryAddress) {
        this.deliveryAddress = deliveryAddress;
        this.cleared = deliveryAddress == null;
    }

    public RectifyDeliveryAddressCommand toCommand(UUID customerId, UUID orderId) {
        return new RectifyDeliveryAddressCommand(customerId, orderId, AddressRequest.toPostalAddress(deliveryAddress),
                cleared);
    }

    /** The address is personal data: never let a stray log line print it. */
    @Override
    public String toString() {
        return "DeliveryAddressMergePatch[cleared=" + cleared + "]";
    }
}
