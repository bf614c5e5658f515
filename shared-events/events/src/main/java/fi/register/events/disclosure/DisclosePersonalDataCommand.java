package fi.register.events.disclosure;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;
import java.util.UUID;

/**
 * Records that the named fields of the customer's data go to a recipient; refused without a legal basis. The
 * recipient is a named party's configured name, or free text that is personal data (sealed in the event).
 */
public record DisclosePersonalDataCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        UUID disclosureId,
        @NotBlank @PersonalData String recipient,
        @NotEmpty Set<DisclosedField> fields) {
}
