package fi.register.events.interview;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A recorded interview was corrected (GDPR Art. 16), on the basis of the HEALTH_DATA consent named in the metadata, as
 * the interview was. {@code rectifiedFields} names what changed: a named field with a value was corrected, a named
 * field with {@code null} was cleared, a field not named is unchanged (the same reading as
 * {@code CustomerRectifiedEvent}). The values are health data and encrypted, as in {@link InterviewRecordedEvent}.
 */
@Revision("1")
public record InterviewRectifiedEvent(
        @DataSubjectId UUID customerId,
        UUID interviewId,
        Set<InterviewField> rectifiedFields,
        @PersonalData String challenges,
        @PersonalData String programPreferences,
        @PersonalData LocalDate dateOfBirth,
        Instant rectifiedAt) {
}
