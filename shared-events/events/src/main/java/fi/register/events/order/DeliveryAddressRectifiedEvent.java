package fi.register.events.order;

import fi.register.events.customer.PostalAddress;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * An order's delivery address was corrected (GDPR Art. 16). Encrypted as in {@link OrderPlacedEvent}. An order
 * confirmation already disclosed keeps the address it went out with: the correction reaches what the register holds.
 */
@Revision("1")
public record DeliveryAddressRectifiedEvent(
        @DataSubjectId UUID customerId,
        UUID orderId,
        @PersonalData PostalAddress deliveryAddress,
        Instant rectifiedAt) {
}
