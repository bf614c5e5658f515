package fi.register.command.disclosure;

import fi.register.events.disclosure.DisclosePersonalDataCommand;
import fi.register.events.disclosure.DisclosedField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;
import java.util.UUID;

public record DisclosePersonalDataRequest(
        @NotBlank @Size(min = 2, max = 200) String recipient,
        @NotEmpty Set<@NotNull DisclosedField> fields) {

    public DisclosePersonalDataCommand toCommand(UUID customerId, UUID disclosureId) {
        return new DisclosePersonalDataCommand(customerId, disclosureId, recipient, fields);
    }
}
