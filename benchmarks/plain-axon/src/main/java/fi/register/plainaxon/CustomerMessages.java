package fi.register.plainaxon;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** The register's registration body, command and event, without its validation, blind index or personal-data marks. */
final class CustomerMessages {

    private CustomerMessages() {
    }

    record Address(String street, String postalCode, String city, String country) {
    }

    /** The JSON body the register takes on {@code POST /api/customers}. */
    record RegisterCustomerBody(String kind, String firstName, String lastName, String companyName, String businessId,
                                Address address, Object billing, String email, String phone, String customerGroup,
                                String language) {
    }

    record RegisterCustomer(@TargetAggregateIdentifier UUID customerId, RegisterCustomerBody details) {
    }

    record CustomerRegistered(UUID customerId, RegisterCustomerBody details, Instant registeredAt) {
    }
}
