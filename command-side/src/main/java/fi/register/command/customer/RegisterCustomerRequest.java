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

/** Exactly the fields docs/requirements.md lists for a register entry; anything else is refused. */
record RegisterCustomerRequest(
        @NotNull CustomerKind kind,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 200) String companyName,
        @Size(max = 20) String businessId,
        @NotNull @Valid AddressRequest address,
        @Valid BillingRequest billing,
        @NotBlank @Email @Size(max = 254) String email,
        @Pattern(regexp = CustomerRequests.PHONE, message = CustomerRequests.PHONE_MESSAGE) String phone,
        @NotBlank @Size(max = 64) String customerGroup,
        @NotBlank @Pattern(regexp = CustomerRequests.LANGUAGE, message = CustomerRequests.LANGUAGE_MESSAGE) String language) {

    RegisterCustomerCommand toCommand(UUID customerId) {
        return new RegisterCustomerCommand(customerId, kind, firstName, lastName, companyName, businessId,
                address.toPostalAddress(), BillingRequest.toBillingDetails(billing), email, phone, customerGroup, language);
    }
}
