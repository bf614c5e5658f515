package fi.register.events.interview;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The local interview was recorded (docs/requirements.md items 10 and 11), on the basis of the subject's explicit consent to
 * health data named in the metadata. Its content is health data and encrypted; the chosen services are the
 * customer's groups (item 6) and stay readable for the statistics of service use, as the customer group does.
 */
@Revision("1")
public record InterviewRecordedEvent(
        @DataSubjectId UUID customerId,
        UUID interviewId,
        @PersonalData String challenges,
        @PersonalData String programPreferences,
        Set<String> services,
        @PersonalData LocalDate dateOfBirth,
        Instant recordedAt) {
}
