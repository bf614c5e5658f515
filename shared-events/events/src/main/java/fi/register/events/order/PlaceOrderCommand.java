package fi.register.events.order;

import fi.register.events.customer.PostalAddress;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Orders a service product, to be delivered to the given address. */
public record PlaceOrderCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        UUID orderId,
        Product product,
        OrderTerms terms,
        @PersonalData PostalAddress deliveryAddress) {
}
