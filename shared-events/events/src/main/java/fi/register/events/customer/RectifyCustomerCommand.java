package fi.register.events.customer;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;
import java.util.UUID;

/**
 * Corrects the given fields of a register entry; a {@code null} field stays as it is. {@code removedFields} names the
 * fields to take off the entry (the e-mail address, the phone, the address, the billing details, a company's contact
 * names: what the customer no longer wants kept; the members a JSON Merge Patch sets to null); never {@code null}, empty when nothing is removed.
 */
public record RectifyCustomerCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
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
        Set<CustomerField> removedFields) {

    public RectifyCustomerCommand {
        removedFields = removedFields == null ? Set.of() : Set.copyOf(removedFields);
    }
}
