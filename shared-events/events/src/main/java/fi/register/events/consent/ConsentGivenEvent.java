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
 * <p>
 * A DISCLOSURE consent names its recipient one of two ways: {@code namedParty}, the code of a party the register
 * description names ({@code FIRSTBEAT}), readable so the replay can tell which party it allows; or, for anyone else,
 * {@code recipient}, the free text as given ("my sister"), which is personal data and sealed under the subject's key.
 * Never both. Revision 1 held the recipient's text in clear; {@code ConsentRecipientUpcaster} reads it into this shape.
 */
@Revision("2")
public record ConsentGivenEvent(
        @DataSubjectId UUID customerId,
        UUID consentId,
        ConsentPurpose purpose,
        MarketingChannel channel,
        String namedParty,
        @PersonalData String recipient,
        EvidenceMethod evidenceMethod,
        @PersonalData String evidenceReference,
        String noticeVersion,
        Instant givenAt) {
}
