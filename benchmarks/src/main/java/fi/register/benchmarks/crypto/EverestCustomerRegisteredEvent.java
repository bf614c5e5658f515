package fi.register.benchmarks.crypto;

import engineering.everest.axon.cryptoshredding.annotations.EncryptedField;
import engineering.everest.axon.cryptoshredding.annotations.EncryptionKeyIdentifier;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.PostalAddress;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code CustomerRegisteredEvent} as the everest extension would have it: the same personal values encrypted under
 * the same subject's key. The register's event also has company name, business id and billing, all null for a
 * person; they are left out here because the extension encrypts a null as the text "null" (real work the register
 * skips), which would make the peer look slower for a reason that is not its design.
 */
record EverestCustomerRegisteredEvent(
        @EncryptionKeyIdentifier UUID customerId,
        CustomerKind kind,
        @EncryptedField String firstName,
        @EncryptedField String lastName,
        @EncryptedField PostalAddress address,
        @EncryptedField String email,
        @EncryptedField String phone,
        String customerGroup,
        String language,
        Instant registeredAt) {
}
