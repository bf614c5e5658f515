package fi.register.events.customer;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RegisterCustomerCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        @NotNull CustomerKind kind,
        @NotBlank @PersonalData String firstName,
        @NotBlank @PersonalData String lastName,
        @PersonalData String companyName,
        @PersonalData String businessId,
        @NotNull @PersonalData PostalAddress address,
        @PersonalData BillingDetails billing,
        @NotBlank @PersonalData String email,
        @PersonalData String phone,
        @NotBlank String customerGroup,
        @NotBlank String language) {
}
