package fi.register.query.export;

import fi.register.query.audit.ReadOfPersonalData;
import fi.register.query.order.DisclosureResponse;
import fi.register.query.recipients.RecipientToTell;
import fi.register.query.registerview.RegisterView;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the human-readable access copy (GDPR Art. 15) shows, gathered before it is written out: the data itself, every
 * disclosure with its recipient's name, where the data came from, the retention deadline, and every consultation with
 * its purpose. The purposes, categories and rights are the copy's own texts, in its language.
 *
 * @param madeAt          when the copy was made (the register's clock)
 * @param disclosures     every disclosure, each with the name its recipient goes by
 * @param processors      the names of the named parties that process data on the clinic's behalf
 * @param partyNames      each named party's name by its code, for the consents that name one
 * @param bookingChannels how the subject's bookings came in, each once, in order of first use
 * @param retention       the deadline by the rule the command side erases by
 * @param consultations   every recorded read of the subject's data, oldest first, without the readers' names
 * @param toldOfChanges   the recipients told of a rectification of what they received, or why they could not be
 *                        (GDPR Art. 19: the subject is told who they are), oldest change first
 */
public record AccessCopy(Instant madeAt, RegisterView data, List<Disclosure> disclosures, List<String> processors,
                         Map<String, String> partyNames, Set<String> bookingChannels, Retention retention,
                         List<ReadOfPersonalData> consultations, List<Told> toldOfChanges) {

    /** A recipient told of a change, by the name it goes by (the disclosure's recipient as above). */
    public record Told(String recipient, RecipientToTell notification) {
    }

    /** One disclosure as the subject reads it: the recipient by name, not by a code. */
    public record Disclosure(String recipient, DisclosureResponse disclosure) {
    }

    /**
     * @param months       the retention period in months
     * @param measuredFrom the last service event, or the registration while there is none
     * @param eraseBy      when the data is erased at the latest, unless a service event comes first
     * @param openBooking  whether a booking still open keeps the data past that deadline until it has passed
     */
    public record Retention(long months, Instant measuredFrom, Instant eraseBy, boolean openBooking) {
    }
}
