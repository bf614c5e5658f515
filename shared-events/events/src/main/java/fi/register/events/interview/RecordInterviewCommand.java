package fi.register.events.interview;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Records the local interview (GDPR Art. 9 health data): the wellbeing challenges, prior information on the
 * program's quality and intensity, the services chosen from the menu, and for the services that need it (the
 * FIRSTBEAT analysis) the date of birth only.
 */
public record RecordInterviewCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        UUID interviewId,
        @NotBlank @PersonalData String challenges,
        @PersonalData String programPreferences,
        @NotEmpty Set<String> services,
        @PersonalData LocalDate dateOfBirth) {
}
