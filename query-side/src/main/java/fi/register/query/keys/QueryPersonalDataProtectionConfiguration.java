package fi.register.query.keys;

import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * Opens the key store under the master key, exactly as the command side does. Conditional so that the one-JVM
 * register opens it once; the class name differs from the command side's so both can be scanned into one context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class QueryPersonalDataProtectionConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PersonalDataProtection personalDataProtection(CryptoProperties properties) {
        return PersonalDataProtection.open(properties.keyDir(),
                MasterKey.resolve(properties.masterKey(), properties.masterKeyFile(), properties.generateMasterKey()),
                properties.keyCacheTtl());
    }
}
