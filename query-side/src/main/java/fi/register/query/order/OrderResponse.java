package fi.register.query.order;

import fi.register.events.customer.PostalAddress;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;

import java.time.Instant;
import java.util.UUID;

/** One order, with who placed it and whether its order confirmation went out (to whom: the named party's code). */
public record OrderResponse(
        @DataSubjectId UUID customerId,
        UUID orderId,
        Product product,
        OrderTerms terms,
        @PersonalData PostalAddress deliveryAddress,
        Instant placedAt,
        String placedBy,
        String confirmationSentTo) {
}
