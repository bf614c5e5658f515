package fi.register.events.order;

import fi.register.events.customer.PostalAddress;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A service product was ordered (docs/requirements.md item 7). Not a service event: the clock restarts when the device is handed
 * over. A Neurosonic device order is followed by the disclosure of its order confirmation.
 */
@Revision("1")
public record OrderPlacedEvent(
        @DataSubjectId UUID customerId,
        UUID orderId,
        Product product,
        OrderTerms terms,
        @PersonalData PostalAddress deliveryAddress,
        Instant placedAt) {
}
