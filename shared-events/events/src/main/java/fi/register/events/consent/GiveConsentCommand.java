package fi.register.events.consent;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Records a consent. {@code channel} only for {@link ConsentPurpose#MARKETING},
 * {@code recipient} only for {@link ConsentPurpose#DISCLOSURE}.
 */
public record GiveConsentCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        @NotNull UUID consentId,
        @NotNull ConsentPurpose purpose,
        MarketingChannel channel,
        @PersonalData String recipient,
        @NotNull EvidenceMethod evidenceMethod,
        @PersonalData String evidenceReference,
        @NotBlank String noticeVersion) {
}
