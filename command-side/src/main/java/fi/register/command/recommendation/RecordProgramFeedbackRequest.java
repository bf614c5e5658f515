package fi.register.command.recommendation;

import fi.register.events.recommendation.RecordProgramFeedbackCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record RecordProgramFeedbackRequest(
        @NotBlank @Size(max = 200) String program,
        @NotBlank @Size(max = 4000) String effect,
        @NotNull @Min(1) @Max(5) Integer rating) {

    public RecordProgramFeedbackCommand toCommand(UUID customerId, UUID feedbackId) {
        return new RecordProgramFeedbackCommand(customerId, feedbackId, program, effect, rating);
    }
}
