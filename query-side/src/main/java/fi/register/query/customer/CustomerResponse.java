package fi.register.query.customer;

import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.MarketingChannel;
import fi.register.events.customer.BillingDetails;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.PostalAddress;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One subject's register view: the data docs/requirements.md items 1-6 and 8 list, the consents in force and the whole
 * history of consent changes with who recorded each. {@code updatedAt} is the time of the last registration or
 * rectification. {@code customerGroup} is the group given at registration or rectification; {@code customerGroups}
 * the groups in force, which the services chosen in the latest interview set.
 */
public record CustomerResponse(
        @DataSubjectId UUID customerId,
        CustomerKind kind,
        @PersonalData String firstName,
        @PersonalData String lastName,
        @PersonalData String companyName,
        @PersonalData String businessId,
        @PersonalData PostalAddress address,
        @PersonalData BillingDetails billing,
        @PersonalData String email,
        @PersonalData String phone,
        String customerGroup,
        List<String> customerGroups,
        String language,
        Instant registeredAt,
        Instant updatedAt,
        // personal as a whole: the serializer seals a message's own components, so a consent's evidence reference
        // is protected only through this one
        @PersonalData List<Consent> consentsInForce,
        // personal as a whole too: a change names the consent's free-text recipient
        @PersonalData List<ConsentChange> consentHistory) {

    public CustomerResponse {
        customerGroups = customerGroups == null ? List.of() : List.copyOf(customerGroups);
        consentsInForce = consentsInForce == null ? List.of() : List.copyOf(consentsInForce);
        consentHistory = consentHistory == null ? List.of() : List.copyOf(consentHistory);
    }

    /**
     * A consent in force now; {@code evidenceReference} says where the proof is kept (personal: sealed with the list).
     * A DISCLOSURE consent names a named party by its code ({@code namedParty}), anyone else by {@code recipient}.
     */
    public record Consent(
            UUID consentId,
            ConsentPurpose purpose,
            MarketingChannel channel,
            String namedParty,
            String recipient,
            EvidenceMethod evidenceMethod,
            String evidenceReference,
            String noticeVersion,
            Instant givenAt,
            String givenBy) {
    }

    /** One consent given or withdrawn, with the user who recorded it and the request it came from. */
    public record ConsentChange(
            UUID consentId,
            Change change,
            ConsentPurpose purpose,
            MarketingChannel channel,
            String namedParty,
            String recipient,
            EvidenceMethod evidenceMethod,
            String noticeVersion,
            Instant at,
            String recordedBy,
            String correlationId) {

        public enum Change {
            GIVEN,
            WITHDRAWN
        }
    }
}
