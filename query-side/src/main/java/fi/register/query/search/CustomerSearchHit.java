package fi.register.query.search;

import fi.register.events.customer.CustomerKind;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One customer found: the fields searched by, when the entry last changed, and where the search matched
 * ({@code highlights}, empty in the list of recently active customers). The address is not shown: the customer's
 * register view has it.
 */
public record CustomerSearchHit(
        @DataSubjectId UUID customerId,
        CustomerKind kind,
        @PersonalData String firstName,
        @PersonalData String lastName,
        @PersonalData String companyName,
        @PersonalData String businessId,
        @PersonalData String email,
        @PersonalData String phone,
        Instant lastActiveAt,
        List<Highlight> highlights) {

    public CustomerSearchHit {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }

    static CustomerSearchHit of(SearchableCustomer customer, List<Highlight> highlights) {
        return new CustomerSearchHit(customer.customerId(), customer.kind(), customer.firstName(), customer.lastName(),
                customer.companyName(), customer.businessId(), customer.email(), customer.phone(),
                customer.lastActiveAt(), highlights);
    }
}
