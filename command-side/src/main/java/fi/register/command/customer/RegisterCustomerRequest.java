package fi.register.command.customer;

import fi.register.command.address.AddressRequest;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.RegisterCustomerCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Exactly the fields docs/requirements.md lists for a register entry; anything else is refused. Only what the intake
 * really has is required: the names the kind needs (a person's first and last name, a company's name and Y-tunnus) and
 * a phone or an e-mail address, which the aggregate checks so that it can name the missing field; the address and the
 * billing details can wait until an order needs them. A field that is sent must not be empty.
 */
public record RegisterCustomerRequest(
        @NotNull CustomerKind kind,
        @Size(min = 1, max = 100) String firstName,
        @Size(min = 1, max = 100) String lastName,
        @Size(min = 1, max = 200) String companyName,
        @Size(max = 20) String businessId,
        @Valid AddressRequest address,
        @Valid BillingRequest billing,
        @Email @Size(min = 3, max = 254) String email,
        @Pattern(regexp = CustomerRequests.PHONE, message = CustomerRequests.PHONE_MESSAGE) String phone,
        @NotBlank @Size(max = 64) String customerGroup,
        @NotBlank @Pattern(regexp = CustomerRequests.LANGUAGE, message = CustomerRequests.LANGUAGE_MESSAGE) String language) {

    public RegisterCustomerCommand toCommand(UUID customerId) {
        return new RegisterCustomerCommand(customerId, kind, firstName, lastName, companyName, businessId,
                AddressRequest.toPostalAddress(address), BillingRequest.toBillingDetails(billing), email, phone, customerGroup, language);
    }
}
