package fi.register.command.keys;

import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * Opens the key store under the master key. Declared on both sides; conditional so that the
 * one-JVM embedded register opens it once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class PersonalDataProtectionConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PersonalDataProtection personalDataProtection(CryptoProperties properties) {
        return PersonalDataProtection.open(properties.keyDir(),
                MasterKey.resolve(properties.masterKey(), properties.masterKeyFile(), properties.generateMasterKey()),
                properties.keyCacheTtl());
    }
}
