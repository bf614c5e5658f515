package fi.register.events.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;
import java.util.UUID;

/** Records that the named fields of the customer's data go to a recipient; refused without a legal basis. */
public record DisclosePersonalDataCommand(
        @TargetAggregateIdentifier UUID customerId,
        UUID disclosureId,
        @NotBlank String recipient,
        @NotEmpty Set<DisclosedField> fields) {
}
