package fi.register.command.customer;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.autoconfigure.openapi.Refuses;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "Register and rectify customers (staff)")
class CustomerController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final CustomerRegistration registration;

    CustomerController(CustomerRegistration registration) {
        this.registration = registration;
    }

    @PostMapping
    @Operation(summary = "Register a person or a company customer with what the intake has: a person's first and last "
            + "name or a company's name and business id, and a phone or an e-mail address; the address and billing "
            + "details may follow by rectification when an order needs them")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({Refusal.EMAIL_TAKEN, Refusal.INVALID_BUSINESS_ID, Refusal.UNKNOWN_CUSTOMER_GROUP, Refusal.FIELD_NOT_FOR_KIND})
    ResponseEntity<CustomerIdResponse> register(@Valid @RequestBody RegisterCustomerRequest request) {
        UUID customerId = registration.register(request);
        return ResponseEntity.created(URI.create("/api/customers/" + customerId)).body(new CustomerIdResponse(customerId));
    }

    @PutMapping("/{customerId}")
    @Operation(summary = "Rectify a customer's data (right to rectification); only the fields sent change, and those "
            + "named in 'remove' (EMAIL, PHONE, ADDRESS, BILLING) are taken off, keeping one way to reach the customer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.EMAIL_TAKEN, Refusal.INVALID_BUSINESS_ID, Refusal.UNKNOWN_CUSTOMER_GROUP, Refusal.FIELD_NOT_FOR_KIND, Refusal.NOTHING_TO_RECTIFY})
    ResponseEntity<Void> rectify(@PathVariable UUID customerId, @Valid @RequestBody RectifyCustomerRequest request) {
        registration.rectify(customerId, request);
        return ResponseEntity.noContent().build();
    }

    @PatchMapping(path = "/{customerId}", consumes = {MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Rectify a customer's data as a JSON Merge Patch (RFC 7396): a member absent stays as it is, "
            + "a member with a value corrects the field, a member set to null clears an optional field (phone, email, "
            + "address, billing, a company's contact person's names), keeping one way to reach the customer. The "
            + "address and billing details are replaced whole")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.EMAIL_TAKEN, Refusal.INVALID_BUSINESS_ID, Refusal.UNKNOWN_CUSTOMER_GROUP, Refusal.FIELD_NOT_FOR_KIND, Refusal.NOTHING_TO_RECTIFY})
    ResponseEntity<Void> patch(@PathVariable UUID customerId, @Valid @RequestBody CustomerMergePatch patch) {
        registration.rectify(customerId, patch);
        return ResponseEntity.noContent().build();
    }

    record CustomerIdResponse(UUID customerId) {
    }
}
