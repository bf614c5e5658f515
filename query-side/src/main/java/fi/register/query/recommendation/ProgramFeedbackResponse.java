package fi.register.query.recommendation;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;

import java.time.Instant;
import java.util.UUID;

public record ProgramFeedbackResponse(
        @DataSubjectId UUID customerId,
        UUID feedbackId,
        @PersonalData String program,
        @PersonalData String effect,
        @PersonalData Integer rating,
        Instant recordedAt,
        String recordedBy) {
}
