package fi.register.events.recommendation;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;
import java.util.UUID;

/**
 * Corrects a program recommended to the customer (GDPR Art. 16): a field given a value is corrected, a field in
 * {@code clearedFields} is cleared, any other stays. Health data, so decided only under a HEALTH_DATA consent in force.
 */
public record RectifyProgramRecommendationCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        @NotNull UUID recommendationId,
        @PersonalData String program,
        @PersonalData String intensity,
        Integer durationMinutes,
        @PersonalData String rationale,
        Set<RecommendationField> clearedFields) {

    public RectifyProgramRecommendationCommand {
        clearedFields = clearedFields == null ? Set.of() : Set.copyOf(clearedFields);
    }
}
