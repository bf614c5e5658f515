package fi.register.events.recommendation;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Recommends a Neurosonic relaxation program to the customer. */
public record RecommendProgramCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        UUID recommendationId,
        @PersonalData String program,
        @PersonalData String intensity,
        Integer durationMinutes,
        @PersonalData String rationale) {
}
