package fi.register.crypto;

import fi.register.events.customer.BillingDetails;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Test data whose personal values are distinctive enough to be searched for in raw bytes. */
final class Samples {

    static final List<String> PERSONAL_VALUES = List.of(
            "Auroora", "Kettusvaara", "Qwertykatu", "Pöljänperä", "003712345678",
            "OPERAATTORIX", "auroora.kettusvaara", "+358401112233", "Laskutuskuja");

    private Samples() {
    }

    static CustomerRegisteredEvent customer(UUID customerId) {
        PostalAddress home = new PostalAddress("Qwertykatu 17 B 4", "00990", "Pöljänperä", "FI");
        PostalAddress billingAddress = new PostalAddress("Laskutuskuja 1", "00990", "Pöljänperä", "FI");
        return new CustomerRegisteredEvent(customerId, CustomerKind.PERSON,
                "Auroora", "Kettusvaara", null, null,
                home, new BillingDetails(billingAddress, "003712345678", "OPERAATTORIX"),
                "auroora.kettusvaara@example.fi", "+358401112233",
                "wellness-gold", "fi", Instant.parse("2025-03-01T10:15:30Z"));
    }
}
