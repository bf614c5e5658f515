package fi.register.crypto;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The crypto-shredding parts wired together once, in plain Java, so that the command side and the query side
 * (and the one-process launcher that runs both) build them the same way and share one instance.
 */
public final class PersonalDataProtection {

    /** Keys are small; this bounds the memory even when a replay walks through every subject. */
    static final long CACHE_MAXIMUM_SIZE = 10_000;

    private final CachingDataKeyStore keyStore;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final CryptoShreddingSerializer serializer;

    private PersonalDataProtection(DataKeyStore keys, KeyTransactions transactions, CachedKeyCheck check, Duration cacheTtl) {
        this.keyStore = new CachingDataKeyStore(keys, transactions, check, cacheTtl, CACHE_MAXIMUM_SIZE);
        this.cipher = new PersonalDataCipher(keyStore);
        this.blindIndex = BlindIndex.fromKeyStore(keyStore);
        this.serializer = CryptoShreddingSerializer.create(cipher);
    }

    /** Over the file key store of the embedded default. */
    public static PersonalDataProtection open(Path keyDirectory, MasterKey masterKey, Duration cacheTtl) {
        return open(new FileDataKeyStore(keyDirectory, masterKey), cacheTtl);
    }

    /** Over any key store, such as a database-backed one; it gets the cache in front of it here. */
    public static PersonalDataProtection open(DataKeyStore keyStore, Duration cacheTtl) {
        return new PersonalDataProtection(keyStore, KeyTransactions.NONE, CachedKeyCheck.TOMBSTONE_ON_EVERY_USE, cacheTtl);
    }

    /**
     * Over a key store whose writes join the caller's transaction ({@link JdbcDataKeyStore}): the cache keeps a key
     * only once the transaction that created it has committed.
     */
    public static PersonalDataProtection open(DataKeyStore keyStore, KeyTransactions transactions, Duration cacheTtl) {
        return open(keyStore, transactions, CachedKeyCheck.TOMBSTONE_ON_EVERY_USE, cacheTtl);
    }

    /**
     * The same, saying whether a cached key is checked against the store's tombstone at every use: needed where
     * other processes share the store and may erase from it ({@link CachedKeyCheck}).
     */
    public static PersonalDataProtection open(DataKeyStore keyStore, KeyTransactions transactions, CachedKeyCheck check,
                                              Duration cacheTtl) {
        return new PersonalDataProtection(keyStore, transactions, check, cacheTtl);
    }

    /** The cached store: erase through it, and {@link CachingDataKeyStore#evict} on other processes' erasures. */
    public CachingDataKeyStore keyStore() {
        return keyStore;
    }

    public PersonalDataCipher cipher() {
        return cipher;
    }

    public BlindIndex blindIndex() {
        return blindIndex;
    }

    public CryptoShreddingSerializer serializer() {
        return serializer;
    }
}
