package fi.register.crypto;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingDataKeyStoreTest {

    private final InMemoryKeyStore delegate = new InMemoryKeyStore();
    private final CachingDataKeyStore cache = new CachingDataKeyStore(delegate, Duration.ofMinutes(10), 100);
    private final UUID subject = UUID.randomUUID();

    @Test
    void asksTheDelegateOnceForAKeyThatExists() {
        SecretKey key = cache.keyFor(subject);

        for (int i = 0; i < 5; i++) {
            assertThat(cache.find(subject)).containsSame(key);
            assertThat(cache.keyFor(subject)).isSameAs(key);
        }
        assertThat(delegate.lookups).hasValue(1);
    }

    @Test
    void neverServesADestroyedKey() {
        cache.keyFor(subject);

        cache.destroy(subject);

        assertThat(cache.find(subject)).isEmpty();
        assertThat(cache.isDestroyed(subject)).isTrue();
        assertThatThrownBy(() -> cache.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void aKeyLoadedWhileTheDelegateWasDestroyingItIsEvictedAfterwards() {
        cache.keyFor(subject);
        delegate.duringDestroy = () -> assertThat(cache.find(subject)).isPresent();

        cache.destroy(subject);

        assertThat(cache.find(subject)).isEmpty();
    }

    @Test
    void doesNotCacheAbsenceSoAKeyCreatedByAnotherProcessIsFound() {
        assertThat(cache.find(subject)).isEmpty();

        SecretKey createdElsewhere = delegate.keyFor(subject);

        assertThat(cache.find(subject)).containsSame(createdElsewhere);
    }

    @Test
    void evictForgetsAKeyThatAnotherProcessDestroyed() {
        cache.keyFor(subject);
        delegate.destroy(subject);

        cache.evict(subject);

        assertThat(cache.find(subject)).isEmpty();
    }

    @Test
    void refusesACachedKey_WhenAnotherProcessSharingTheStoreErasedTheSubject() {
        cache.keyFor(subject);
        cache.find(subject);
        int lookupsWhileCached = delegate.lookups.get();

        delegate.destroy(subject); // another process's erasure: through the shared store, not through this cache

        assertThat(cache.find(subject)).isEmpty();
        assertThatThrownBy(() -> cache.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
        assertThat(delegate.lookups.get() + delegate.tombstoneChecks.get())
                .as("evicted at the first use: the store was asked").isGreaterThan(lookupsWhileCached);
    }

    @Test
    void asksTheStoreOnce_WhetherAnErasedSubjectIsErased_SinceAnErasureIsNeverUndone() {
        delegate.keyFor(subject);
        delegate.destroy(subject);

        for (int i = 0; i < 5; i++) {
            assertThat(cache.isDestroyed(subject)).isTrue();
            assertThat(cache.find(subject)).isEmpty();
            assertThatThrownBy(() -> cache.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
        }
        assertThat(delegate.tombstoneChecks).hasValue(1);
        assertThat(delegate.lookups).as("no key asked for once the tombstone is known").hasValue(1);
    }

    @Test
    void servesACachedKeyWithoutAskingTheStore_WhenNoOtherProcessSharesIt() {
        CachingDataKeyStore ownStore = new CachingDataKeyStore(delegate, KeyTransactions.NONE, CachedKeyCheck.NONE,
                Duration.ofMinutes(10), 100);
        SecretKey key = ownStore.keyFor(subject);

        delegate.destroy(subject); // cannot happen with a store only this process opens: shows what the check is for

        assertThat(ownStore.find(subject)).containsSame(key);
        ownStore.evict(subject);
        assertThat(ownStore.find(subject)).isEmpty();
    }

    @Test
    void answersFromACachedKeyThatTheSubjectIsNotErased_WhenNoOtherProcessSharesTheStore() {
        CachingDataKeyStore ownStore = new CachingDataKeyStore(delegate, KeyTransactions.NONE, CachedKeyCheck.NONE,
                Duration.ofMinutes(10), 100);
        ownStore.keyFor(subject);

        assertThat(ownStore.isDestroyed(subject)).isFalse();
        assertThat(delegate.tombstoneChecks).as("the cached key answered").hasValue(0);
        ownStore.destroy(subject);
        assertThat(ownStore.isDestroyed(subject)).as("the erasure evicted the key first").isTrue();
    }

    @Test
    void asksTheSharedStoreWhetherACachedSubjectIsErased() {
        cache.keyFor(subject);
        delegate.destroy(subject); // another process's erasure

        assertThat(cache.isDestroyed(subject)).isTrue();
    }

    @Test
    void refusesToDestroyTheBlindIndexKey() {
        assertThatThrownBy(() -> cache.destroy(BlindIndex.KEY_ID)).isInstanceOf(IllegalArgumentException.class);
        assertThat(delegate.isDestroyed(BlindIndex.KEY_ID)).isFalse();
    }
}
