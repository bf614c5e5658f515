package fi.register.query.interview;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One recorded interview as the register view shows it, with the staff user who recorded it. */
public record InterviewResponse(
        @DataSubjectId UUID customerId,
        UUID interviewId,
        @PersonalData String challenges,
        @PersonalData String programPreferences,
        List<String> services,
        @PersonalData LocalDate dateOfBirth,
        Instant recordedAt,
        String recordedBy) {
}
