package fi.register.events.disclosure;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Personal data went out of the register (luovutus): to whom, exactly which fields, and for which order when it is
 * an order confirmation ({@code orderId} null otherwise). The legal basis is in the metadata: {@code CONTRACT} for a
 * party the register description names, {@code CONSENT} with the written consent's id for anyone else. Holds names of
 * fields, not their values, so it stays readable after erasure for the compliance replay.
 * <p>
 * To whom: {@code namedParty}, the readable code of a party the register description names ({@code NEUROSONIC}), or
 * for anyone else {@code recipient}, the free text as given, which is personal data (it can name the subject's
 * relatives) and sealed under the subject's key. Never both. Revision 1 held the recipient's text in clear;
 * {@code DisclosureRecipientUpcaster} reads it into this shape.
 */
@Revision("2")
public record PersonalDataDisclosedEvent(
        @DataSubjectId UUID customerId,
        UUID disclosureId,
        String namedParty,
        @PersonalData String recipient,
        Set<DisclosedField> fields,
        UUID orderId,
        Instant disclosedAt) {
}
