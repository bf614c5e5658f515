package fi.register.rules;

import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.MarketingChannel;

/**
 * What one consent covers: its purpose and, by purpose, the marketing channel or the disclosure's recipient: a named
 * party by its role, or anyone else by the free text given, which is personal data. Only the free text is personal
 * (the evidence reference stays in the event): whoever keeps a scope beyond a decision keeps it
 * {@link #withoutRecipient()} and the text sealed, as the aggregate's snapshot does.
 */
public record ConsentScope(ConsentPurpose purpose, MarketingChannel channel, NamedParty namedParty, String recipient) {

    public static ConsentScope of(ConsentGivenEvent given) {
        return new ConsentScope(given.purpose(), given.channel(), NamedParty.ofCode(given.namedParty()),
                given.recipient());
    }

    /** The scope as a reader without the subject's key sees it: which party, or that it is someone else. */
    public ConsentScope withoutRecipient() {
        return new ConsentScope(purpose, channel, namedParty, null);
    }

    /** This scope naming the free-text recipient kept apart from it. */
    public ConsentScope withRecipient(String freeText) {
        return new ConsentScope(purpose, channel, namedParty, freeText);
    }
}
