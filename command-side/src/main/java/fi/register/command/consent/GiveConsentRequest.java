package fi.register.command.consent;

import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.GiveConsentCommand;
import fi.register.events.consent.MarketingChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record GiveConsentRequest(
        @NotNull ConsentPurpose purpose,
        MarketingChannel channel,
        @Size(min = 2, max = 200) String recipient,
        @NotNull @Valid Evidence evidence,
        @NotBlank @Pattern(regexp = "[0-9A-Za-z._-]{1,32}", message = "must be a short version label, e.g. 2018-05") String noticeVersion) {

    /** How the consent was given and where the proof is kept. */
    public record Evidence(@NotNull EvidenceMethod method, @NotBlank @Size(max = 200) String reference) {
    }

    public GiveConsentCommand toCommand(UUID customerId, UUID consentId) {
        return new GiveConsentCommand(customerId, consentId, purpose, channel, recipient, evidence.method(),
                evidence.reference(), noticeVersion);
    }
}
