package fi.register.rules;

import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.personal.PersonalData;
import fi.register.events.service.ServiceProvidedEvent;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The notice: nothing is disclosed outside the parties the register description names without the customer's written
 * permission. A named party receives, on the contract, only what its role needs ({@link NamedParty}), and only for a
 * customer it works for: one who uses one of its services ({@link PartyNames#servicesOf}; FIRSTBEAT only for a
 * customer of the FIRSTBEAT analysis). Anything beyond that, and anything to anyone else, needs the subject's
 * DISCLOSURE consent for that recipient (written: {@link DisclosureConsentIsWritten}). Order fields go out only in an
 * order's confirmation ({@link NeurosonicOrderConfirmation}), never through a disclosure on its own.
 * <p>
 * A recipient is a named party (by its role) or someone else (by free text, personal data, sealed in the events).
 * Whether a consent names the same free-text recipient can be told only while the subject's key opens both; a reader
 * without it (the compliance replay) can still tell whether the consent is for the same party, or for someone else.
 */
public final class DisclosureNeedsBasis {

    private DisclosureNeedsBasis() {
    }

    /** Whether the fields include any that only an order confirmation may carry. */
    public static boolean carriesOrderFields(Set<DisclosedField> fields) {
        return fields.stream().anyMatch(DisclosedField::isOrderField);
    }

    /**
     * Whether the contract alone covers disclosing these fields to a named party: only what its role needs, and only
     * when it works for this customer.
     */
    public static boolean contractCovers(NamedParty party, Set<DisclosedField> fields, boolean servesTheCustomer) {
        return servesTheCustomer && !carriesOrderFields(fields) && party.fieldsWithoutConsent().containsAll(fields);
    }

    /**
     * Whether a party with these services works for a customer who used these: one that serves every customer (no
     * services of its own) does; any other only when the customer uses one of its services.
     */
    public static boolean servesTheCustomer(Collection<String> partyServices, Collection<String> servicesUsed) {
        return partyServices.isEmpty() || partyServices.stream().anyMatch(servicesUsed::contains);
    }

    /**
     * The services an event shows the subject uses: those chosen in an interview, booked, or provided. All readable
     * after erasure, so the command side and the replay learn the same from the same history.
     */
    public static Set<String> servicesShownBy(Object event) {
        if (event instanceof InterviewRecordedEvent interview && interview.services() != null) {
            return interview.services();
        }
        if (event instanceof BookingMadeEvent booking && booking.service() != null) {
            return Set.of(booking.service());
        }
        if (event instanceof ServiceProvidedEvent provided && provided.service() != null) {
            return Set.of(provided.service());
        }
        return Set.of();
    }

    /** Whether a consent in force is one that can allow a disclosure at all. */
    public static boolean isDisclosureConsent(ConsentScope consent) {
        return consent.purpose() == ConsentPurpose.DISCLOSURE;
    }

    /**
     * Whether a consent is for this party, or (both null) for someone outside the named parties: all a reader
     * without the subject's key can tell.
     */
    public static boolean namesSameParty(ConsentScope consent, NamedParty party) {
        return consent.namedParty() == party;
    }

    /**
     * Whether a DISCLOSURE consent names this recipient: the same named party, or for anyone else the same free text
     * (case and spacing ignored). A consent is for one recipient. Erased text names no one.
     *
     * @param party     the named party the disclosure goes to, or null
     * @param recipient the free text of anyone else, or null for a named party
     */
    public static boolean namesRecipient(ConsentScope consent, NamedParty party, String recipient) {
        if (party != null) {
            return namesSameParty(consent, party);
        }
        return namesSameParty(consent, null) && !PersonalData.ERASED.equals(recipient)
                && NamedParty.sameParty(consent.recipient(), recipient);
    }

    /**
     * What a reader of the history can check of a recorded disclosure against the consent its metadata names: the
     * free text itself where both read (the subject's key opened them), otherwise only that the consent is for the same
     * party or, like the disclosure, for someone outside the named parties. The compliance replay reads with personal
     * data sealed, so for free-text recipients it proves the latter; the command side checked the text when it decided.
     */
    public static boolean consentNamesRecorded(ConsentScope consent, NamedParty party, String recipient) {
        boolean bothReadable = readable(consent.recipient()) && readable(recipient);
        return party == null && bothReadable ? namesRecipient(consent, null, recipient) : namesSameParty(consent, party);
    }

    private static boolean readable(String text) {
        return text != null && !PersonalData.ERASED.equals(text);
    }

    /** Whether a consent in force allows disclosing to this recipient (its evidence is checked when given). */
    public static boolean consentCovers(ConsentScope consent, NamedParty party, String recipient) {
        return isDisclosureConsent(consent) && namesRecipient(consent, party, recipient);
    }

    /**
     * The consent a disclosure to this recipient rests on, if any: the first given of those in force that covers it.
     *
     * @param inForce the subject's consents in force, by id, in the order they were given, free text opened
     */
    public static Optional<UUID> consentAmong(Map<UUID, ConsentScope> inForce, NamedParty party, String recipient) {
        return inForce.entrySet().stream()
                .filter(consent -> consentCovers(consent.getValue(), party, recipient))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
