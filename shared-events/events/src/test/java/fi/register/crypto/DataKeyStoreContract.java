package fi.register.crypto;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every key store promises, whatever it keeps keys in (files, a key table, a MongoDB collection): one key per
 * subject for every process sharing the medium, wrapped by the master key, never a key again for an erased subject,
 * an idempotent erasure, and a master key rotation that keeps the data keys and never undoes an erasure. Each store's
 * test extends this with the store's medium; what differs between stores (transactions, crash recovery) stays in
 * their own tests.
 */
abstract class DataKeyStoreContract {

    final MasterKey master = MasterKey.generate();
    final UUID subject = UUID.randomUUID();

    /** A store over the same medium as every other store this test opened: another process, as far as it can tell. */
    abstract DataKeyStore open(MasterKey current, MasterKey... previous);

    /** The store's own master key rotation. */
    abstract int rotate(MasterKey oldKey, MasterKey newKey);

    @Test
    void keeps_TheKeyItCreatedOnce_ForEveryStoreOverTheSameMedium() {
        DataKeyStore store = open(master);
        SecretKey key = store.keyFor(subject);

        assertThat(store.keyFor(subject)).isEqualTo(key);
        assertThat(open(master).keyFor(subject)).isEqualTo(key);
        assertThat(open(master).find(subject)).contains(key);
        assertThat(open(master).find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void rejects_ReadingAKey_UnderAnotherMasterKey() {
        open(master).keyFor(subject);

        assertThatThrownBy(() -> open(MasterKey.generate()).find(subject)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejects_ANewKey_ForAnErasedSubject_InEveryStoreOverTheSameMedium() {
        DataKeyStore erasing = open(master);
        erasing.keyFor(subject);

        erasing.destroy(subject);

        DataKeyStore other = open(master);
        assertThatThrownBy(() -> erasing.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
        assertThatThrownBy(() -> other.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
        assertThat(other.find(subject)).isEmpty();
        assertThat(other.isDestroyed(subject)).isTrue();
    }

    @Test
    void rejects_AFirstKey_ForASubjectErasedBeforeItHadOne() {
        DataKeyStore store = open(master);

        store.destroy(subject);

        assertThatThrownBy(() -> store.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
        assertThat(store.find(subject)).isEmpty();
    }

    @Test
    void keeps_AnErasure_WhenRepeated() {
        DataKeyStore store = open(master);
        store.keyFor(subject);

        store.destroy(subject);
        store.destroy(subject);

        assertThat(store.isDestroyed(subject)).isTrue();
        assertThat(store.isDestroyed(UUID.randomUUID())).isFalse();
    }

    @Test
    void rejects_DestroyingTheBlindIndexKey() {
        assertThatThrownBy(() -> open(master).destroy(BlindIndex.KEY_ID)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keeps_ExactlyOneKeyPerSubject_WhenTwoStoresCreateItAtOnce() throws Exception {
        List<UUID> subjects = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            subjects.add(UUID.randomUUID());
        }
        DataKeyStore first = open(master);
        DataKeyStore second = open(master);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<SecretKey>> ofFirst = threads.submit(creatingEach(first, subjects, start));
            Future<List<SecretKey>> ofSecond = threads.submit(creatingEach(second, subjects, start));
            start.countDown();

            assertThat(ofFirst.get()).as("both processes use the one key stored for each subject")
                    .isEqualTo(ofSecond.get());
            DataKeyStore third = open(master);
            for (int i = 0; i < subjects.size(); i++) {
                assertThat(third.find(subjects.get(i))).contains(ofFirst.get().get(i));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void keeps_TheSameDataKeys_UnderTheNewMasterAlone_AfterARotation() {
        MasterKey newMaster = MasterKey.generate();
        DataKeyStore underOld = open(master);
        Map<UUID, SecretKey> keys = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            UUID other = UUID.randomUUID();
            keys.put(other, underOld.keyFor(other));
        }
        underOld.keyFor(subject);
        underOld.destroy(subject);

        assertThat(rotate(master, newMaster)).isEqualTo(5);
        assertThat(rotate(master, newMaster)).as("a second run finds nothing left to do").isZero();

        DataKeyStore underNewOnly = open(newMaster);
        keys.forEach((other, key) -> assertThat(underNewOnly.find(other)).contains(key));
        assertThat(underNewOnly.isDestroyed(subject)).isTrue();
        assertThatThrownBy(() -> underNewOnly.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
        assertThatThrownBy(() -> open(master).find(keys.keySet().iterator().next())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keeps_ReadingKeysOfTheOldMaster_WhileARotationHasNotReachedThem() {
        SecretKey key = open(master).keyFor(subject);
        MasterKey newMaster = MasterKey.generate();

        DataKeyStore duringRotation = open(newMaster, master);
        UUID created = UUID.randomUUID();
        SecretKey createdKey = duringRotation.keyFor(created);

        assertThat(duringRotation.find(subject)).contains(key);
        assertThat(rotate(master, newMaster)).as("the key created meanwhile is under the new master already").isEqualTo(1);
        assertThat(open(newMaster).find(created)).contains(createdKey);
    }

    @Test
    void rejects_AKeyOfAThirdMaster_WhenRotating() {
        open(MasterKey.generate()).keyFor(subject);

        assertThatThrownBy(() -> rotate(master, MasterKey.generate())).isInstanceOf(IllegalStateException.class);
    }

    private static Callable<List<SecretKey>> creatingEach(DataKeyStore store, List<UUID> subjects, CountDownLatch start) {
        return () -> {
            start.await();
            List<SecretKey> keys = new ArrayList<>();
            for (UUID each : subjects) {
                keys.add(store.keyFor(each));
            }
            return keys;
        };
    }
}
