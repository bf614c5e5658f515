package fi.register.command.keys;

import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Files;

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
