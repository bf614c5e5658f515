package fi.register.command.address;

import fi.register.events.customer.PostalAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A postal address as every request takes it: a customer's address, a billing address, the delivery address of an
 * order. Its own package, so customers and orders both use it without depending on each other.
 */
public record AddressRequest(
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Pattern(regexp = "[0-9A-Za-z -]{2,10}", message = "must be a postal code of 2-10 letters or digits") String postalCode,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 two-letter country code, e.g. FI") String country) {

    public PostalAddress toPostalAddress() {
        return new PostalAddress(street, postalCode, city, country);
    }

    public static PostalAddress toPostalAddress(AddressRequest request) {
        return request == null ? null : request.toPostalAddress();
    }
}
