package fi.register.query.recipients;

import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.NotificationOutcome;
import fi.register.events.disclosure.RecipientChange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recipient of the subject's data and a change it is to be told of (GDPR Art. 19), or was told of. Ids, codes, field
 * names and times only: a named party by its code and configured name; a recipient named in free text only by its
 * disclosure (the customer card shows whom, while the subject is not erased).
 *
 * @param namedParty     the named party's code, null for a recipient named in a written consent
 * @param recipientName  the named party's name from the settings, null for a recipient named in a consent
 * @param changeSequence the change's sequence number in the subject's history: what a record of it names
 * @param fields         the fields of the disclosure the change reached
 * @param outcome        null while still to be told
 * @param subjectErased  the subject was erased: only these codes and names are left of the disclosure
 */
public record RecipientToTell(UUID customerId, UUID disclosureId, String namedParty, String recipientName,
                              Instant disclosedAt, long changeSequence, RecipientChange change, Instant changedAt,
                              List<DisclosedField> fields, NotificationOutcome outcome, Instant recordedAt,
                              boolean subjectErased) {

    public boolean told() {
        return outcome != null;
    }
}
