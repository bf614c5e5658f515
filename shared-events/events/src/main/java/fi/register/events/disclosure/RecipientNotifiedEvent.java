package fi.register.events.disclosure;

import fi.register.events.personal.DataSubjectId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The recipient of a disclosure was told of a rectification or erasure of the data it received (GDPR Art. 19), or
 * telling it proved impossible or disproportionate ({@code outcome}). Which recipient: the disclosure, and the named
 * party's code when it was one; a recipient named in free text is the disclosure's own, sealed there, and not repeated
 * here. Which change: its sequence number in the subject's history, and its kind. Which fields: those of the
 * disclosure the change reached ({@link DisclosedFieldsChanged}).
 * <p>
 * Ids, codes, field names and a time: nothing personal, so it is written without the subject's key and stays readable
 * after the erasure it may report on, for the access copy (Art. 19's last sentence) and the audit trail.
 */
@Revision("1")
public record RecipientNotifiedEvent(
        @DataSubjectId UUID customerId,
        UUID disclosureId,
        String namedParty,
        long changeSequence,
        RecipientChange change,
        Set<DisclosedField> fields,
        NotificationOutcome outcome,
        Instant recordedAt) {
}
