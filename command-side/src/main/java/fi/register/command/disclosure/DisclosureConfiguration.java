package fi.register.command.disclosure;

import fi.register.autoconfigure.parties.NamedParties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NamedParties.class)
class DisclosureConfiguration {
}
