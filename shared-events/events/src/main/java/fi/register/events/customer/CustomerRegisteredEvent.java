package fi.register.events.customer;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer entered the register: the data docs/requirements.md items 1-6 and 8 (language) list, nothing more.
 * <p>
 * What the intake did not have is {@code null}: the address, the billing details, the e-mail address or the phone
 * (one of these two is always there), and for a company the contact person's names. Registrations recorded before
 * these became optional always have a person's names, an address and an e-mail address, which is one of the shapes
 * allowed now: the fields only became optional, so the revision stays and no upcaster is needed.
 */
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
