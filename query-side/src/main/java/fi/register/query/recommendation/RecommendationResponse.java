package fi.register.query.recommendation;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;

import java.time.Instant;
import java.util.UUID;

public record RecommendationResponse(
        @DataSubjectId UUID customerId,
        UUID recommendationId,
        @PersonalData String program,
        @PersonalData String intensity,
        Integer durationMinutes,
        @PersonalData String rationale,
        Instant recommendedAt,
        String recommendedBy) {
}
