package fi.register.command.customer;

import fi.register.command.address.AddressRequest;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.RectifyCustomerCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;
import java.util.UUID;

/**
 * The fields to correct; a field left out stays as it is. {@code remove} takes fields off the entry: the e-mail
 * address, the phone, the address or the billing details (EMAIL, PHONE, ADDRESS, BILLING), never the last way to reach
 * the customer. Adding what the intake did not have (an address for an order, an e-mail address) is a correction too.
 */
public record RectifyCustomerRequest(
        @Size(min = 1, max = 100) String firstName,
        @Size(min = 1, max = 100) String lastName,
        @Size(min = 1, max = 200) String companyName,
        @Size(max = 20) String businessId,
        @Valid AddressRequest address,
        @Valid BillingRequest billing,
        @Email @Size(min = 3, max = 254) String email,
        @Pattern(regexp = CustomerRequests.PHONE, message = CustomerRequests.PHONE_MESSAGE) String phone,
        @Size(min = 1, max = 64) String customerGroup,
        @Pattern(regexp = CustomerRequests.LANGUAGE, message = CustomerRequests.LANGUAGE_MESSAGE) String language,
        Set<CustomerField> remove) {

    public RectifyCustomerCommand toCommand(UUID customerId) {
        return new RectifyCustomerCommand(customerId, firstName, lastName, companyName, businessId,
                AddressRequest.toPostalAddress(address), BillingRequest.toBillingDetails(billing), email, phone,
                customerGroup, language, remove);
    }
}
