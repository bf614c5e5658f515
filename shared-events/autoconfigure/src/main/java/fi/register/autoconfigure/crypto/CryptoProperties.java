package fi.register.autoconfigure.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the master key and the data keys come from, the same for both sides; see docs/architecture.md.
 * {@code keyDir} is the file store's directory, and with {@code keyStore=DATABASE} where keys of an older data
 * directory are moved from at start-up.
 */
@ConfigurationProperties("register.crypto")
public record CryptoProperties(String masterKey, Path masterKeyFile, boolean generateMasterKey,
                               Path keyDir, Duration keyCacheTtl, KeyStoreKind keyStore) {

    public CryptoProperties {
        keyStore = keyStore == null ? KeyStoreKind.DATABASE : keyStore;
    }
}
