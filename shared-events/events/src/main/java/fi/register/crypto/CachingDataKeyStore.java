package fi.register.crypto;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import javax.crypto.SecretKey;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps unwrapped data keys in memory for a while, so that reading events costs no store access or unwrapping
 * per field. Only keys that exist are cached: an absent key may be created by another process at any moment.
 * <p>
 * Only committed keys: a key that the current transaction created (see {@link KeyTransactions}) is served to that
 * transaction alone and enters the cache on its first use after the commit. Cached at creation, a key whose
 * transaction then rolled back would encrypt the retry's events under a key that was never stored.
 * <p>
 * An erasure in this process evicts the key at once, and again when its transaction has finished (until then other
 * transactions still read the committed key). An erasure in another process is seen when its
 * {@code SubjectErasedEvent} reaches this one and calls {@link #evict}, and at the latest after the time to live.
 */
public final class CachingDataKeyStore implements DataKeyStore {

    private final DataKeyStore delegate;
    private final KeyTransactions transactions;
    private final Cache<UUID, SecretKey> cache;

    public CachingDataKeyStore(DataKeyStore delegate, Duration ttl, long maximumSize) {
        this(delegate, KeyTransactions.NONE, ttl, maximumSize);
    }

    public CachingDataKeyStore(DataKeyStore delegate, KeyTransactions transactions, Duration ttl, long maximumSize) {
        this.delegate = delegate;
        this.transactions = transactions;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(maximumSize)
                .build();
    }

    @Override
    public SecretKey keyFor(UUID subjectId) {
        Optional<SecretKey> uncommitted = transactions.createdInThisTransaction(subjectId);
        if (uncommitted.isPresent()) {
            return uncommitted.get();
        }
        SecretKey[] loaded = new SecretKey[1];
        // loading inside the cache's own atomic computation: an invalidation waits for it, so a key loaded
        // just before a destroy cannot be put back after the destroy's eviction
        SecretKey cached = cache.asMap().computeIfAbsent(subjectId, id -> {
            loaded[0] = delegate.keyFor(id);
            return transactions.createdInThisTransaction(id).isPresent() ? null : loaded[0];
        });
        return cached != null ? cached : loaded[0];
    }

    @Override
    public Optional<SecretKey> find(UUID subjectId) {
        Optional<SecretKey> uncommitted = transactions.createdInThisTransaction(subjectId);
        if (uncommitted.isPresent()) {
            return uncommitted;
        }
        return Optional.ofNullable(cache.get(subjectId, id -> delegate.find(id).orElse(null)));
    }

    /**
     * Evicts before, so readers go to the delegate, which refuses the key from the moment it starts destroying it;
     * after, for a key a reader loaded in between; and when the destroying transaction has finished, for a key
     * another transaction read while this one had not committed yet.
     */
    @Override
    public void destroy(UUID subjectId) {
        if (BlindIndex.KEY_ID.equals(subjectId)) {
            throw new IllegalArgumentException("The blind index key is a system key and is never destroyed");
        }
        cache.invalidate(subjectId);
        try {
            delegate.destroy(subjectId);
        } finally {
            cache.invalidate(subjectId);
            transactions.whenFinished(() -> cache.invalidate(subjectId));
        }
    }

    @Override
    public boolean isDestroyed(UUID subjectId) {
        return delegate.isDestroyed(subjectId);
    }

    /** Drops the subject's key from this process's memory, for an erasure that another process carried out. */
    public void evict(UUID subjectId) {
        cache.invalidate(subjectId);
    }
}
