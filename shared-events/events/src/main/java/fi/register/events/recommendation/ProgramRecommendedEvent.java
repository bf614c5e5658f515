package fi.register.events.recommendation;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A relaxation program was recommended (docs/requirements.md item 9). Every free-text field is encrypted: a program tailored to
 * one person says something about that person.
 */
@Revision("1")
public record ProgramRecommendedEvent(
        @DataSubjectId UUID customerId,
        UUID recommendationId,
        @PersonalData String program,
        @PersonalData String intensity,
        Integer durationMinutes,
        @PersonalData String rationale,
        Instant recommendedAt) {
}
