package fi.register.events.recommendation;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Records the customer's feedback on a program's effects (health data: needs the explicit consent). */
public record RecordProgramFeedbackCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        UUID feedbackId,
        @PersonalData String program,
        @PersonalData String effect,
        @PersonalData Integer rating) {
}
