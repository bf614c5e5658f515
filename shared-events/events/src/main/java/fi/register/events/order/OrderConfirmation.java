package fi.register.events.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.register.events.customer.PostalAddress;

/**
 * The order confirmation document as it went to the recipient. Holds only the fields the disclosure named; the
 * others stay null and are left out of the JSON, so the document shows exactly what was disclosed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderConfirmation(
        String orderReference,
        Product product,
        String name,
        String companyName,
        PostalAddress deliveryAddress,
        String deliveryContact) {

    /** Field values are personal data: never let a stray log line print them. */
    @Override
    public String toString() {
        return "OrderConfirmation[sealed]";
    }
}
