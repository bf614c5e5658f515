package fi.register.command.recommendation;

import fi.register.events.recommendation.FeedbackField;
import fi.register.events.recommendation.RectifyProgramFeedbackCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import fi.register.command.mergepatch.ClearedMembers;
import java.util.Set;
import java.util.UUID;

/**
 * A correction of the customer's feedback on a program as a JSON Merge Patch (RFC 7396): absent stays, a value
 * corrects. Every field of the feedback is required, so a {@code null} is passed on for the aggregate to refuse by
 * name. The values carry the feedback's own constraints.
 */
public final class FeedbackMergePatch {

    private final ClearedMembers<FeedbackField> cleared = new ClearedMembers<>(FeedbackField.class);

    @Size(min = 1, max = 200) private String program;
    @Size(min = 1, max = 4000) private String effect;
    @Min(1) @Max(5) private Integer rating;

    public void setProgram(String program) {
        this.program = cleared.note(FeedbackField.PROGRAM, program);
    }

    public void setEffect(String effect) {
        this.effect = cleared.note(FeedbackField.EFFECT, effect);
    }

    public void setRating(Integer rating) {
        this.rating = cleared.note(FeedbackField.RATING, rating);
    }

    public RectifyProgramFeedbackCommand toCommand(UUID customerId, UUID feedbackId) {
        return new RectifyProgramFeedbackCommand(customerId, feedbackId, program, effect, rating, cleared.fields());
    }


    /** Member values are health data: never let a stray log line print them. */
    @Override
    public String toString() {
        return "FeedbackMergePatch[cleared=" + cleared + "]";
    }
}
