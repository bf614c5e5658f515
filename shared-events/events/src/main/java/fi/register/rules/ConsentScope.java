package fi.register.rules;

import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.MarketingChannel;

/**
 * What one consent covers: its purpose and, by purpose, the marketing channel or the disclosure's recipient. Nothing
 * personal (the evidence reference stays in the event), so both the aggregate and the replay may keep it in memory.
 */
public record ConsentScope(ConsentPurpose purpose, MarketingChannel channel, String recipient) {

    public static ConsentScope of(ConsentGivenEvent given) {
        return new ConsentScope(given.purpose(), given.channel(), given.recipient());
    }
}
