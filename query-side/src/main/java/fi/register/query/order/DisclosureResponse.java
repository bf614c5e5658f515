package fi.register.query.order;

import fi.register.events.LegalBasis;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One disclosure: to whom (a named party's code, or anyone else's free text, which is personal), fields, legal basis
 * (with the consent it rested on), the order it confirmed, who and when.
 */
public record DisclosureResponse(
        @DataSubjectId UUID customerId,
        UUID disclosureId,
        String namedParty,
        @PersonalData String recipient,
        List<DisclosedField> fields,
        LegalBasis legalBasis,
        UUID consentId,
        UUID orderId,
        Instant disclosedAt,
        String disclosedBy) {
}
