package fi.register.events.customer;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A customer entered the register: the data docs/requirements.md items 1-6 and 8 (language) list, nothing more. */
@Revision("1")
public record CustomerRegisteredEvent(
        @DataSubjectId UUID customerId,
        CustomerKind kind,
        @PersonalData String firstName,
        @PersonalData String lastName,
        @PersonalData String companyName,
        @PersonalData String businessId,
        @PersonalData PostalAddress address,
        @PersonalData BillingDetails billing,
        @PersonalData String email,
        @PersonalData String phone,
        String customerGroup,
        String language,
        Instant registeredAt) {
}
