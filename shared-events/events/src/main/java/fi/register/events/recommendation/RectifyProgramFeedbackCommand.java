package fi.register.events.recommendation;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;
import java.util.UUID;

/**
 * Corrects the customer's feedback on a program (GDPR Art. 16): a field given a value is corrected, any other stays.
 * {@code clearedFields} carries what a merge patch set to {@code null}, so the aggregate can refuse it by name: every
 * field of the feedback is required. Health data, so decided only under a HEALTH_DATA consent in force.
 */
public record RectifyProgramFeedbackCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        @NotNull UUID feedbackId,
        @PersonalData String program,
        @PersonalData String effect,
        @PersonalData Integer rating,
        Set<FeedbackField> clearedFields) {

    public RectifyProgramFeedbackCommand {
        clearedFields = clearedFields == null ? Set.of() : Set.copyOf(clearedFields);
    }
}
