package fi.register.autoconfigure.crypto;

import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Opens the key store under the master key, once per JVM, and routes every message, event, snapshot and token
 * through the crypto-shredding serializer: what has no personal fields passes straight to Jackson, what has them
 * is encrypted under the subject's key before it reaches any store, and reads back as erased once the key is gone.
 * Before Axon's configuration, whose own serializers then stay out.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(CryptoProperties.class)
public class CryptoShreddingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PersonalDataProtection personalDataProtection(CryptoProperties properties) {
        return PersonalDataProtection.open(properties.keyDir(),
                MasterKey.resolve(properties.masterKey(), properties.masterKeyFile(), properties.generateMasterKey()),
                properties.keyCacheTtl());
    }

    @Bean
    @Primary
    Serializer serializer(PersonalDataProtection protection) {
        return protection.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(PersonalDataProtection protection) {
        return protection.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(PersonalDataProtection protection) {
        return protection.serializer();
    }
}
