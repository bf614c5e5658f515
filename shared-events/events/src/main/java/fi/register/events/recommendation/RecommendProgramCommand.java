package fi.register.events.recommendation;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Recommends a Neurosonic relaxation program to the customer. */
public record RecommendProgramCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        UUID recommendationId,
        @NotBlank @PersonalData String program,
        @NotBlank @PersonalData String intensity,
        @NotNull Integer durationMinutes,
        @PersonalData String rationale) {
}
