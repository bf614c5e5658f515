package fi.register.events.customer;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Enters a customer with what the intake really has. Only the kind, group and language are required of every entry;
 * which names are required depends on the kind, and one way to reach the customer (phone or e-mail) is required of
 * both, so those rules are the aggregate's ({@code CustomerDetailsRules}), which name the missing field. The address
 * and the billing details may be left out until something needs them (an order).
 */
public record RegisterCustomerCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        @NotNull CustomerKind kind,
        @PersonalData String firstName,
        @PersonalData String lastName,
        @PersonalData String companyName,
        @PersonalData String businessId,
        @PersonalData PostalAddress address,
        @PersonalData BillingDetails billing,
        @PersonalData String email,
        @PersonalData String phone,
        @NotBlank String customerGroup,
        @NotBlank String language) {
}
