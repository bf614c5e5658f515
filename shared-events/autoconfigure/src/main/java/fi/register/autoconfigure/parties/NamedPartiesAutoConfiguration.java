package fi.register.autoconfigure.parties;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The named parties, bound once from {@code register.named-parties}: the command side records disclosures under
 * these names and the compliance replay recognises them by the same.
 */
@AutoConfiguration
@EnableConfigurationProperties(NamedParties.class)
public class NamedPartiesAutoConfiguration {
}
