package fi.register.events.order;

import fi.register.events.customer.PostalAddress;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Orders a service product, to be delivered to the given address. */
public record PlaceOrderCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        UUID orderId,
        @NotNull Product product,
        @NotNull OrderTerms terms,
        @NotNull @PersonalData PostalAddress deliveryAddress) {
}
