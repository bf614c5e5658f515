package fi.register.events.consent;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The subject gave a consent. The evidence method stays readable after erasure so that the
 * compliance replay can still prove, for instance, that a disclosure rested on written permission;
 * the evidence reference (where the proof is kept) is personal.
 */
@Revision("1")
public record ConsentGivenEvent(
        @DataSubjectId UUID customerId,
        UUID consentId,
        ConsentPurpose purpose,
        MarketingChannel channel,
        String recipient,
        EvidenceMethod evidenceMethod,
        @PersonalData String evidenceReference,
        String noticeVersion,
        Instant givenAt) {
}
