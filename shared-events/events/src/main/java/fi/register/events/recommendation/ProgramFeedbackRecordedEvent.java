package fi.register.events.recommendation;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The customer's feedback on a program's effects (docs/requirements.md item 9). Health data, recorded on the basis of the
 * explicit consent named in the metadata; the rating too is encrypted, as it rates an effect on the person's health.
 */
@Revision("1")
public record ProgramFeedbackRecordedEvent(
        @DataSubjectId UUID customerId,
        UUID feedbackId,
        @PersonalData String program,
        @PersonalData String effect,
        @PersonalData Integer rating,
        Instant recordedAt) {
}
