package fi.register.command.axon;

import fi.register.crypto.PersonalDataProtection;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Every message, event, snapshot and token goes through the crypto-shredding serializer: what
 * has no personal fields passes straight to Jackson, what has them is encrypted under the
 * subject's key before it reaches any store. Declared on both sides, conditional for the one-JVM register.
 */
@Configuration(proxyBeanMethods = false)
class SerializerConfiguration {

    @Bean
    @Primary
    @ConditionalOnMissingBean(name = "serializer")
    Serializer serializer(PersonalDataProtection protection) {
        return protection.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    @ConditionalOnMissingBean(name = "eventSerializer")
    Serializer eventSerializer(PersonalDataProtection protection) {
        return protection.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    @ConditionalOnMissingBean(name = "messageSerializer")
    Serializer messageSerializer(PersonalDataProtection protection) {
        return protection.serializer();
    }
}
