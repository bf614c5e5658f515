package fi.register.query.axon;

import fi.register.crypto.PersonalDataProtection;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Events are read, and tokens written, through the crypto-shredding serializer: personal fields come back
 * decrypted while the subject's key exists and as erased after. The same beans as the command side, conditional
 * on the same names, so the one-JVM register has one of each.
 */
@Configuration(proxyBeanMethods = false)
class QuerySerializerConfiguration {

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
