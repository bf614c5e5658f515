package fi.register.query.recipients;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import fi.register.autoconfigure.parties.NamedParties;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.NotificationOutcome;
import fi.register.events.disclosure.RecipientChange;
import fi.register.rules.NamedParty;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;

/**
 * Reads {@link RecipientNotificationProjection}: the recipients still to be told, oldest change first, for the data
 * protection officer; and a subject's recipients, told or not, for the access copy (Art. 19's last sentence). Reads no
 * personal data (ids, codes, field names, times), so nothing goes to the audit trail of reads.
 */
@Component
public class RecipientNotifications {

    private final MongoCollection<Document> toTell;
    private final NamedParties parties;

    RecipientNotifications(MongoDatabase projectionDatabase, NamedParties parties) {
        this.toTell = projectionDatabase.getCollection(RecipientNotificationProjection.TO_TELL);
        this.parties = parties;
    }

    /** Every recipient still to be told, of every subject, the oldest change first. */
    public List<RecipientToTell> stillToTell() {
        return list(Filters.exists("outcome", false));
    }

    /** The subject's recipients and the changes they are, or were, to be told of. */
    public List<RecipientToTell> of(UUID customerId) {
        return list(eq("customerId", customerId.toString()));
    }

    /** The subject's recipients recorded as told, or as impossible to tell. */
    public List<RecipientToTell> toldOf(UUID customerId) {
        return of(customerId).stream().filter(RecipientToTell::told).toList();
    }

    private List<RecipientToTell> list(Bson filter) {
        List<RecipientToTell> found = new ArrayList<>();
        for (Document duty : toTell.find(filter).sort(Sorts.ascending("changedAt", "_id"))) {
            String namedParty = duty.getString("namedParty");
            String outcome = duty.getString("outcome");
            found.add(new RecipientToTell(UUID.fromString(duty.getString("customerId")),
                    UUID.fromString(duty.getString("disclosureId")), namedParty,
                    namedParty == null ? null : parties.nameOf(NamedParty.ofCode(namedParty)),
                    instant(duty.getDate("disclosedAt")), duty.get("changeSequence", Number.class).longValue(),
                    RecipientChange.valueOf(duty.getString("change")), instant(duty.getDate("changedAt")),
                    duty.getList("fields", String.class).stream().map(DisclosedField::valueOf).toList(),
                    outcome == null ? null : NotificationOutcome.valueOf(outcome), instant(duty.getDate("recordedAt")),
                    Boolean.TRUE.equals(duty.getBoolean("subjectErased"))));
        }
        return found;
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
