package fi.register.crypto;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import javax.crypto.SecretKey;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps unwrapped data keys in memory for a while, so that reading events costs no store access or unwrapping
 * per field. Only keys that exist are cached: an absent key may be created by another process at any moment.
 * <p>
 * Only committed keys: a key that the current transaction created (see {@link KeyTransactions}) is served to that
 * transaction alone and enters the cache on its first use after the commit. Cached at creation, a key whose
 * transaction then rolled back would encrypt the retry's events under a key that was never stored.
 * <p>
 * An erasure in this process evicts the key at once, and again when its transaction has finished (until then other
 * transactions still read the committed key). An erasure in another process that shares the store is seen at the
 * next use of the key with {@link CachedKeyCheck#TOMBSTONE_ON_EVERY_USE} (the default): the cached key is served only
 * after the store said the subject has no tombstone, and is evicted when it has one. Without that check, such an
 * erasure is seen when its {@code SubjectErasedEvent} reaches this process and calls {@link #evict}, and at the latest
 * after the time to live.
 * <p>
 * Tombstones are remembered too, without a time to live: an erasure is never undone, so a subject once seen erased
 * stays erased, and reading an erased subject's history (a rebuild of the views, a replay) asks the store once per
 * subject instead of once per event. Only committed tombstones: the erasing transaction sees its own tombstone before
 * it commits, and may still roll back.
 */
public final class CachingDataKeyStore implements DataKeyStore {

    private final DataKeyStore delegate;
    private final KeyTransactions transactions;
    private final CachedKeyCheck check;
    private final Cache<UUID, SecretKey> cache;
    private final Cache<UUID, Boolean> erased;
    /** Subjects whose erasure's transaction in this process has not finished: their tombstone may still roll back. */
    private final Set<UUID> erasing = ConcurrentHashMap.newKeySet();

    public CachingDataKeyStore(DataKeyStore delegate, Duration ttl, long maximumSize) {
        this(delegate, KeyTransactions.NONE, CachedKeyCheck.TOMBSTONE_ON_EVERY_USE, ttl, maximumSize);
    }

    public CachingDataKeyStore(DataKeyStore delegate, KeyTransactions transactions, Duration ttl, long maximumSize) {
        this(delegate, transactions, CachedKeyCheck.TOMBSTONE_ON_EVERY_USE, ttl, maximumSize);
    }

    public CachingDataKeyStore(DataKeyStore delegate, KeyTransactions transactions, CachedKeyCheck check,
                               Duration ttl, long maximumSize) {
        this.delegate = delegate;
        this.transactions = transactions;
        this.check = check;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(maximumSize)
                .build();
        this.erased = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .build();
    }

    @Override
    public SecretKey keyFor(UUID subjectId) {
        Optional<SecretKey> uncommitted = transactions.createdInThisTransaction(subjectId);
        if (uncommitted.isPresent()) {
            return uncommitted.get();
        }
        if (knownErased(subjectId)) {
            throw new SubjectErasedException("Subject " + subjectId + " was erased; its data key is destroyed");
        }
        SecretKey[] loaded = new SecretKey[1];
        // loading inside the cache's own atomic computation: an invalidation waits for it, so a key loaded
        // just before a destroy cannot be put back after the destroy's eviction
        SecretKey cached = cache.asMap().computeIfAbsent(subjectId, id -> {
            loaded[0] = delegate.keyFor(id);
            return transactions.createdInThisTransaction(id).isPresent() ? null : loaded[0];
        });
        if (loaded[0] == null && erasedElsewhere(subjectId)) {
            throw new SubjectErasedException("Subject " + subjectId + " was erased; its data key is destroyed");
        }
        return cached != null ? cached : loaded[0];
    }

    @Override
    public Optional<SecretKey> find(UUID subjectId) {
        Optional<SecretKey> uncommitted = transactions.createdInThisTransaction(subjectId);
        if (uncommitted.isPresent()) {
            return uncommitted;
        }
        if (knownErased(subjectId)) {
            return Optional.empty();
        }
        boolean[] loaded = new boolean[1];
        SecretKey key = cache.get(subjectId, id -> {
            loaded[0] = true;
            return delegate.find(id).orElse(null);
        });
        if (key == null || (!loaded[0] && erasedElsewhere(subjectId))) {
            return Optional.empty();
        }
        return Optional.of(key);
    }

    /**
     * For a key served from memory: whether another process sharing the store erased the subject since it was cached,
     * in which case it is evicted here too. A key just loaded needs no second look: the store checked the tombstone.
     */
    private boolean erasedElsewhere(UUID subjectId) {
        if (check == CachedKeyCheck.NONE || BlindIndex.KEY_ID.equals(subjectId) || !delegate.isDestroyed(subjectId)) {
            return false;
        }
        cache.invalidate(subjectId);
        rememberErased(subjectId);
        return true;
    }

    private void rememberErased(UUID subjectId) {
        if (!erasing.contains(subjectId)) {
            erased.put(subjectId, true);
        }
    }

    private boolean knownErased(UUID subjectId) {
        return erased.getIfPresent(subjectId) != null;
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
        erasing.add(subjectId);
        try {
            delegate.destroy(subjectId);
        } finally {
            cache.invalidate(subjectId);
            transactions.whenFinished(() -> {
                cache.invalidate(subjectId);
                erasing.remove(subjectId);
            });
        }
    }

    @Override
    public boolean isDestroyed(UUID subjectId) {
        if (knownErased(subjectId)) {
            return true;
        }
        if (check == CachedKeyCheck.NONE && !erasing.contains(subjectId) && cache.getIfPresent(subjectId) != null) {
            return false; // no other process erases here, and an erasure in this one evicts the key first
        }
        boolean destroyed = delegate.isDestroyed(subjectId);
        if (destroyed) {
            rememberErased(subjectId);
        }
        return destroyed;
    }

    /** Drops the subject's key from this process's memory, for an erasure that another process carried out. */
    public void evict(UUID subjectId) {
        cache.invalidate(subjectId);
    }
}
