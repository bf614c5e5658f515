package fi.register.command.recommendation;

import fi.register.events.recommendation.RecommendationField;
import fi.register.events.recommendation.RectifyProgramRecommendationCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import fi.register.command.mergepatch.ClearedMembers;
import java.util.Set;
import java.util.UUID;

/**
 * A correction of a program recommendation as a JSON Merge Patch (RFC 7396), read as the customer's is: absent
 * stays, a value corrects, {@code null} clears (only the rationale may be cleared: the aggregate decides). The values
 * carry the recommendation's own constraints.
 */
public final class RecommendationMergePatch {

    private final ClearedMembers<RecommendationField> cleared = new ClearedMembers<>(RecommendationField.class);

    @Size(min = 1, max = 200) private String program;
    @Size(min = 1, max = 100) private String intensity;
    @Min(1) @Max(480) private Integer durationMinutes;
    @Size(min = 1, max = 4000) private String rationale;

    public void setProgram(String program) {
        this.program = cleared.note(RecommendationField.PROGRAM, program);
    }

    public void setIntensity(String intensity) {
        this.intensity = cleared.note(RecommendationField.INTENSITY, intensity);
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = cleared.note(RecommendationField.DURATION_MINUTES, durationMinutes);
    }

    public void setRationale(String rationale) {
        this.rationale = cleared.note(RecommendationField.RATIONALE, rationale);
    }

    public RectifyProgramRecommendationCommand toCommand(UUID customerId, UUID recommendationId) {
        return new RectifyProgramRecommendationCommand(customerId, recommendationId, program, intensity,
                durationMinutes, rationale, cleared.fields());
    }


    /** Member values are health data: never let a stray log line print them. */
    @Override
    public String toString() {
        return "RecommendationMergePatch[cleared=" + cleared + "]";
    }
}
