package fi.register.autoconfigure.crypto;

import fi.register.crypto.MasterKey;
import fi.register.crypto.Pkcs12MasterKey;

/**
 * The master key from the environment ({@code register.crypto.master-key}), a PKCS#12 keystore
 * ({@code register.crypto.master-key-store}) or a file ({@code register.crypto.master-key-file}); never from the
 * repository. The value and the keystore exclude each other: two sources would leave it unclear which key wrapped
 * what. The file is the fallback, since it always has a default.
 */
public final class ConfiguredMasterKey {

    private ConfiguredMasterKey() {
    }

    public static MasterKey from(CryptoProperties properties) {
        boolean fromValue = properties.masterKey() != null && !properties.masterKey().isBlank();
        if (properties.masterKeyStore() == null) {
            return MasterKey.resolve(properties.masterKey(), properties.masterKeyFile(), properties.generateMasterKey());
        }
        if (fromValue) {
            throw new IllegalStateException("Both register.crypto.master-key and register.crypto.master-key-store are "
                    + "set: keep one source of the master key");
        }
        return Pkcs12MasterKey.load(properties.masterKeyStore(), keystorePassword(properties), properties.masterKeyAlias());
    }

    /** The keystore's password, from {@code master-key-store-password} (the environment) or its file. */
    public static char[] keystorePassword(CryptoProperties properties) {
        return Pkcs12MasterKey.password(properties.masterKeyStorePassword(), properties.masterKeyStorePasswordFile());
    }
}
