package fi.register.events.consent;

import fi.register.events.personal.DataSubjectId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The subject withdrew a consent; processing on that basis stops from {@code withdrawnAt}. */
@Revision("1")
public record ConsentWithdrawnEvent(
        @DataSubjectId UUID customerId,
        UUID consentId,
        ConsentPurpose purpose,
        Instant withdrawnAt) {
}
