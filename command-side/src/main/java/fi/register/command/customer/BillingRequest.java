package fi.register.command.customer;

import fi.register.command.address.AddressRequest;
import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.register.events.customer.BillingDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A billing address, or e-invoicing details (e-invoice address such as an OVT code, and the operator). */
record BillingRequest(
        @Valid AddressRequest address,
        @Pattern(regexp = "[0-9A-Z]{4,35}", message = "must be 4-35 capital letters or digits (e.g. an OVT code)") String eInvoiceAddress,
        @Size(max = 35) @Pattern(regexp = "[0-9A-Z]*", message = "must be capital letters or digits") String eInvoiceOperator) {

    @JsonIgnore
    @AssertTrue(message = "give a billing address or an e-invoice address")
    boolean isComplete() {
        return address != null || eInvoiceAddress != null;
    }

    static BillingDetails toBillingDetails(BillingRequest request) {
        return request == null ? null
                : new BillingDetails(AddressRequest.toPostalAddress(request.address), request.eInvoiceAddress, request.eInvoiceOperator);
    }
}
