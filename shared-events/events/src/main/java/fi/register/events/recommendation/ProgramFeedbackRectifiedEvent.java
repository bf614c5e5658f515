package fi.register.events.recommendation;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The customer's feedback on a program was corrected (GDPR Art. 16), on the HEALTH_DATA consent named in the
 * metadata. {@code rectifiedFields} names what changed; a field not named is unchanged. Marked as in
 * {@link ProgramFeedbackRecordedEvent}: the rating too is encrypted.
 */
@Revision("1")
public record ProgramFeedbackRectifiedEvent(
        @DataSubjectId UUID customerId,
        UUID feedbackId,
        Set<FeedbackField> rectifiedFields,
        @PersonalData String program,
        @PersonalData String effect,
        @PersonalData Integer rating,
        Instant rectifiedAt) {
}
