package fi.register.autoconfigure.parties;

import fi.register.crypto.PersonalDataProtection;
import fi.register.events.upcasting.RecipientUpcaster;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The named parties, bound once from {@code register.named-parties}: the command side records disclosures under
 * their codes and the compliance replay recognises them by the same. Events stored before the recipient was split
 * into a code and a sealed text are read through {@link RecipientUpcaster}, which knows the parties by these names.
 */
@AutoConfiguration
@EnableConfigurationProperties(NamedParties.class)
public class NamedPartiesAutoConfiguration {

    /** Axon puts every EventUpcaster bean into the chain the event store and the replay read through. */
    @Bean
    RecipientUpcaster recipientUpcaster(NamedParties parties, PersonalDataProtection protection) {
        return new RecipientUpcaster(parties, subjectId -> protection.keyStore().find(subjectId).isPresent());
    }
}
