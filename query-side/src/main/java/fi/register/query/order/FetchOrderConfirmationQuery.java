package fi.register.query.order;

import fi.register.events.personal.DataSubjectId;

import java.util.UUID;

/** Asks the query side for the order confirmation disclosed for an order; answered with an {@link OrderConfirmationResponse}. */
public record FetchOrderConfirmationQuery(@DataSubjectId UUID customerId, UUID orderId) {
}
