package fi.register.events.recommendation;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Records the customer's feedback on a program's effects (health data: needs the explicit consent). */
public record RecordProgramFeedbackCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        UUID feedbackId,
        @NotBlank @PersonalData String program,
        @NotBlank @PersonalData String effect,
        @NotNull @PersonalData Integer rating) {
}
