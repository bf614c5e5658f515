package fi.register.query.order;

import fi.register.events.LegalBasis;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.order.OrderConfirmation;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The order confirmation that was disclosed: to whom (the named party's code, NEUROSONIC), on which basis, which
 * fields, when, and the document itself.
 */
public record OrderConfirmationResponse(
        @DataSubjectId UUID customerId,
        UUID orderId,
        String namedParty,
        LegalBasis legalBasis,
        List<DisclosedField> fields,
        Instant disclosedAt,
        @PersonalData OrderConfirmation document) {
}
