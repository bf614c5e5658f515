package fi.register.command.recommendation;

import fi.register.events.recommendation.RecommendProgramCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record RecommendProgramRequest(
        @NotBlank @Size(max = 200) String program,
        @NotBlank @Size(max = 100) String intensity,
        @NotNull @Min(1) @Max(480) Integer durationMinutes,
        @Size(max = 4000) String rationale) {

    public RecommendProgramCommand toCommand(UUID customerId, UUID recommendationId) {
        return new RecommendProgramCommand(customerId, recommendationId, program, intensity, durationMinutes, rationale);
    }
}
