package fi.register.autoconfigure.crypto;

import fi.register.crypto.Pkcs12MasterKey;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the master key and the data keys come from, the same for both sides; see docs/architecture.md.
 * {@code keyDir} is the file store's directory, and with {@code keyStore=DATABASE} where keys of an older data
 * directory are moved from at start-up. The master key is {@code masterKey} (base64), else the entry
 * {@code masterKeyAlias} of the PKCS#12 keystore {@code masterKeyStore}, else {@code masterKeyFile}.
 * {@code keyCacheChecksTombstone}: whether a cached data key is checked against the store's tombstone at every use,
 * as it must be where other processes share the key store (unset: yes).
 */
@ConfigurationProperties("register.crypto")
public record CryptoProperties(String masterKey, Path masterKeyFile, boolean generateMasterKey,
                               Path keyDir, Duration keyCacheTtl, KeyStoreKind keyStore,
                               Boolean keyCacheChecksTombstone, Path masterKeyStore, String masterKeyStorePassword,
                               Path masterKeyStorePasswordFile, String masterKeyAlias) {

    public CryptoProperties {
        keyStore = keyStore == null ? KeyStoreKind.DATABASE : keyStore;
        keyCacheChecksTombstone = keyCacheChecksTombstone == null || keyCacheChecksTombstone;
        masterKeyAlias = masterKeyAlias == null || masterKeyAlias.isBlank() ? Pkcs12MasterKey.DEFAULT_ALIAS : masterKeyAlias;
    }
}
