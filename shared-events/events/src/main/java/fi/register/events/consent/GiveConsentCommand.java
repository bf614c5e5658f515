package fi.register.events.consent;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Records a consent. {@code channel} only for {@link ConsentPurpose#MARKETING},
 * {@code recipient} only for {@link ConsentPurpose#DISCLOSURE}.
 */
public record GiveConsentCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        UUID consentId,
        ConsentPurpose purpose,
        MarketingChannel channel,
        String recipient,
        EvidenceMethod evidenceMethod,
        @PersonalData String evidenceReference,
        String noticeVersion) {
}
