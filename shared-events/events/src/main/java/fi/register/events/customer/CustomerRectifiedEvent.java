package fi.register.events.customer;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The customer's data was corrected (right to rectification, GDPR Art. 16).
 * {@code rectifiedFields} says which fields changed; only those carry a value, the others are {@code null}.
 * A field it names whose value is {@code null} was removed (cleared, as a JSON Merge Patch {@code null} asks): the
 * e-mail address, the phone, the address, the billing details, and a company's contact person's names, never the last
 * way to reach the customer. A field it does not name is unchanged. So "cleared" and "unchanged" were always told
 * apart, by {@code rectifiedFields}: the merge patch (issue 12) needed no new shape, the revision stays and no upcaster
 * is needed. A company's names named with no value is a value a registration could already carry.
 */
@Revision("1")
public record CustomerRectifiedEvent(
        @DataSubjectId UUID customerId,
        Set<CustomerField> rectifiedFields,
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
        Instant rectifiedAt) {
}
