package fi.register.crypto;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import javax.crypto.SecretKey;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps unwrapped data keys in memory for a while, so that reading events costs no file access or unwrapping
 * per field. Only keys that exist are cached: an absent key may be created by another process at any moment.
 * <p>
 * An erasure in this process evicts the key at once. An erasure in another process is seen when its
 * {@code SubjectErasedEvent} reaches this one and calls {@link #evict}, and at the latest after the time to live.
 */
public final class CachingDataKeyStore implements DataKeyStore {

    private final DataKeyStore delegate;
    private final Cache<UUID, SecretKey> cache;

    public CachingDataKeyStore(DataKeyStore delegate, Duration ttl, long maximumSize) {
        this.delegate = delegate;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(maximumSize)
                .build();
    }

    @Override
    public SecretKey keyFor(UUID subjectId) {
        // loading inside the cache's own atomic computation: an invalidation waits for it, so a key loaded
        // just before a destroy cannot be put back after the destroy's eviction
        return cache.get(subjectId, delegate::keyFor);
    }

    @Override
    public Optional<SecretKey> find(UUID subjectId) {
        return Optional.ofNullable(cache.get(subjectId, id -> delegate.find(id).orElse(null)));
    }

    /**
     * Evicts before, so readers go to the delegate, which refuses the key from the moment it starts destroying it;
     * and after, for a key a reader loaded in between.
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
