package fi.register.events.interview;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Corrects a recorded interview (GDPR Art. 16): a field given a value is corrected, a field named in
 * {@code clearedFields} is cleared (a JSON Merge Patch's {@code null}), any other stays as it is. Still health data:
 * decided only while the subject's HEALTH_DATA consent is in force, as the interview itself was.
 */
public record RectifyInterviewCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        @NotNull UUID interviewId,
        @PersonalData String challenges,
        @PersonalData String programPreferences,
        @PersonalData LocalDate dateOfBirth,
        Set<InterviewField> clearedFields) {

    public RectifyInterviewCommand {
        clearedFields = clearedFields == null ? Set.of() : Set.copyOf(clearedFields);
    }
}
