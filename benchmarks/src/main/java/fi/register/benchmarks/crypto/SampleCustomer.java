package fi.register.benchmarks.crypto;

import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;

import java.time.Instant;
import java.util.UUID;

/**
 * A typical registration of a person, the register's most common event with personal data, in the register's
 * shape and in the everest extension's. Generated values only: nothing here is anyone's data.
 */
final class SampleCustomer {

    static final String EMAIL = "bench.customer.0001@example.test";
    private static final PostalAddress ADDRESS = new PostalAddress("Benchmarkintie 1", "00100", "Helsinki", "FI");
    private static final Instant REGISTERED_AT = Instant.parse("2026-01-15T10:00:00Z");

    private SampleCustomer() {
    }

    static CustomerRegisteredEvent registered(UUID customerId) {
        return new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Bench", "Customer", null, null,
                ADDRESS, null, EMAIL, "+358 40 000 0001", "NEUROSONIC_TREATMENT", "fi", REGISTERED_AT);
    }

    static EverestCustomerRegisteredEvent registeredForEverest(UUID customerId) {
        return new EverestCustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Bench", "Customer",
                ADDRESS, EMAIL, "+358 40 000 0001", "NEUROSONIC_TREATMENT", "fi", REGISTERED_AT);
    }
}
