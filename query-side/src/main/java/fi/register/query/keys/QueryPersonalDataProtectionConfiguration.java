package fi.register.query.keys;

import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Files;

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
        return PersonalDataProtection.open(properties.keyDir(), masterKey(properties), properties.keyCacheTtl());
    }

    /** Outside the embedded default a master key must be configured: generating one silently would hide a lost key. */
    private static MasterKey masterKey(CryptoProperties properties) {
        if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
            return MasterKey.fromBase64(properties.masterKey());
        }
        if (properties.masterKeyFile() != null && Files.exists(properties.masterKeyFile())) {
            return MasterKey.load(properties.masterKeyFile());
        }
        if (properties.generateMasterKey() && properties.masterKeyFile() != null) {
            return MasterKey.generateInto(properties.masterKeyFile());
        }
        throw new IllegalStateException("No master key: set register.crypto.master-key or register.crypto.master-key-file");
    }
}
