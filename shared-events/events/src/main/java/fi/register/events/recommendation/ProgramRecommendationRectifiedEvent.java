package fi.register.events.recommendation;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A program recommendation was corrected (GDPR Art. 16), on the HEALTH_DATA consent named in the metadata.
 * {@code rectifiedFields} names what changed (a named field with {@code null} was cleared, one not named is
 * unchanged); the fields are marked as in {@link ProgramRecommendedEvent}.
 */
@Revision("1")
public record ProgramRecommendationRectifiedEvent(
        @DataSubjectId UUID customerId,
        UUID recommendationId,
        Set<RecommendationField> rectifiedFields,
        @PersonalData String program,
        @PersonalData String intensity,
        Integer durationMinutes,
        @PersonalData String rationale,
        Instant rectifiedAt) {
}
