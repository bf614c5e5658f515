package fi.register.command.interview;

import fi.register.events.interview.InterviewField;
import fi.register.events.interview.RectifyInterviewCommand;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.register.command.mergepatch.ClearedMembers;
import java.util.Set;
import java.util.UUID;

/**
 * A correction of a recorded interview as a JSON Merge Patch (RFC 7396), read as the customer's is
 * ({@code CustomerMergePatch}): a member absent stays, a value corrects, {@code null} clears. Jackson calls a setter
 * only for a member that is present. The values carry the interview's own constraints; whether a field may be
 * cleared, and whether a date of birth belongs in this interview, is the aggregate's decision. The services chosen
 * are not personal data and are not corrected here.
 */
public final class InterviewMergePatch {

    private final ClearedMembers<InterviewField> cleared = new ClearedMembers<>(InterviewField.class);

    @Size(min = 1, max = 4000) private String challenges;
    @Size(min = 1, max = 4000) private String programPreferences;
    @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "must be a date only, yyyy-MM-dd") private String dateOfBirth;

    public void setChallenges(String challenges) {
        this.challenges = cleared.note(InterviewField.CHALLENGES, challenges);
    }

    public void setProgramPreferences(String programPreferences) {
        this.programPreferences = cleared.note(InterviewField.PROGRAM_PREFERENCES, programPreferences);
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = cleared.note(InterviewField.DATE_OF_BIRTH, dateOfBirth);
    }

    public RectifyInterviewCommand toCommand(UUID customerId, UUID interviewId) {
        return new RectifyInterviewCommand(customerId, interviewId, challenges, programPreferences,
                RecordInterviewRequest.dateOfBirth(dateOfBirth), cleared.fields());
    }


    /** Member values are health data: never let a stray log line print them. */
    @Override
    public String toString() {
        return "InterviewMergePatch[cleared=" + cleared + "]";
    }
}
