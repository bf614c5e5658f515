package fi.register.query;

import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.MarketingChannel;
import fi.register.events.customer.BillingDetails;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;

import java.time.Instant;
import java.util.UUID;

/** Made-up customers for the tests: no real person's data. */
public final class CustomerEvents {

    public static final Instant REGISTERED_AT = Instant.parse("2026-03-02T09:15:00Z");

    private CustomerEvents() {
    }

    public static CustomerRegisteredEvent registered(UUID customerId, String lastName, String email) {
        return new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Testi", lastName, null, null,
                new PostalAddress("Malminraitti 17 C", "00700", "Helsinki", "FI"),
                new BillingDetails(new PostalAddress("Laskutie 1", "00100", "Helsinki", "FI"), null, null),
                email, "+358 40 000 0000", "NEUROSONIC_TREATMENT", "fi", REGISTERED_AT);
    }

    public static ConsentGivenEvent marketingByEmail(UUID customerId, UUID consentId) {
        return new ConsentGivenEvent(customerId, consentId, ConsentPurpose.MARKETING, MarketingChannel.EMAIL, null, null,
                EvidenceMethod.ELECTRONIC, "web form 123", "2026-01", REGISTERED_AT.plusSeconds(60));
    }
}
