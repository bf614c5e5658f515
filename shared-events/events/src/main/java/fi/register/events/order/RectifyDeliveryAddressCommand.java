package fi.register.events.order;

import fi.register.events.customer.PostalAddress;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Corrects the delivery address of an order (GDPR Art. 16), replaced whole: a postal address is valid only as a whole.
 * {@code cleared} says a merge patch set it to {@code null}, which the aggregate refuses by name: an order is always
 * delivered somewhere.
 */
public record RectifyDeliveryAddressCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        @NotNull UUID orderId,
        @PersonalData PostalAddress deliveryAddress,
        boolean cleared) {
}
