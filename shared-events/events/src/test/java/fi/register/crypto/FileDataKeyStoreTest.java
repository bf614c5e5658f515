package fi.register.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.SecretKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileDataKeyStoreTest {

    private final MasterKey master = MasterKey.generate();
    private final UUID subject = UUID.randomUUID();

    @TempDir
    Path dir;

    @Test
    void keySurvivesARestartOverTheSameDirectory() {
        SecretKey key = new FileDataKeyStore(dir, master).keyFor(subject);

        FileDataKeyStore restarted = new FileDataKeyStore(dir, master);

        assertThat(restarted.find(subject)).hasValueSatisfying(k -> assertThat(k.getEncoded()).isEqualTo(key.getEncoded()));
        assertThat(restarted.keyFor(subject).getEncoded()).isEqualTo(key.getEncoded());
    }

    @Test
    void keepsOneFilePerSubjectHoldingOnlyTheWrappedKey() {
        FileDataKeyStore store = new FileDataKeyStore(dir, master);
        SecretKey key = store.keyFor(subject);

        assertThat(dir.resolve(subject + ".key")).exists();
        assertThat(KeyFiles.anyFileContains(dir, key.getEncoded())).isFalse();
        assertThat(store.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void destroyLeavesNoCopyOfTheKeyInAnyFileOfTheDirectory() {
        FileDataKeyStore store = new FileDataKeyStore(dir, master);
        SecretKey key = store.keyFor(subject);
        store.keyFor(UUID.randomUUID());
        byte[] keyFile = KeyFiles.read(dir.resolve(subject + ".key"));

        store.destroy(subject);

        assertThat(dir.resolve(subject + ".key")).doesNotExist();
        assertThat(dir.resolve(subject + ".erased")).isEmptyFile();
        assertThat(KeyFiles.anyFileContains(dir, key.getEncoded())).isFalse();
        byte[] wrapped = Arrays.copyOfRange(keyFile, keyFile.length - 60, keyFile.length);
        for (int i = 0; i + 8 <= wrapped.length; i++) {
            assertThat(KeyFiles.anyFileContains(dir, Arrays.copyOfRange(wrapped, i, i + 8))).isFalse();
        }
    }

    @Test
    void anErasedSubjectNeverGetsAKeyAgainEvenAfterARestart() {
        FileDataKeyStore store = new FileDataKeyStore(dir, master);
        store.keyFor(subject);

        store.destroy(subject);
        store.destroy(subject);

        FileDataKeyStore restarted = new FileDataKeyStore(dir, master);
        assertThat(restarted.isDestroyed(subject)).isTrue();
        assertThat(restarted.find(subject)).isEmpty();
        assertThatThrownBy(() -> restarted.keyFor(subject))
                .isInstanceOf(SubjectErasedException.class)
                .hasMessageContaining(subject.toString());
        assertThat(dir.resolve(subject + ".key")).doesNotExist();
    }

    @Test
    void destroyingASubjectThatNeverHadAKeyStillBlocksItsKey() {
        FileDataKeyStore store = new FileDataKeyStore(dir, master);

        store.destroy(subject);

        assertThatThrownBy(() -> store.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void concurrentFirstUseFromManyThreadsAndTwoStoresYieldsOneKey() throws Exception {
        FileDataKeyStore one = new FileDataKeyStore(dir, master);
        FileDataKeyStore other = new FileDataKeyStore(dir, master);
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<SecretKey>> keys = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                FileDataKeyStore store = i % 2 == 0 ? one : other;
                Callable<SecretKey> task = () -> {
                    start.await();
                    return store.keyFor(subject);
                };
                keys.add(pool.submit(task));
            }
            start.countDown();

            byte[] first = keys.get(0).get().getEncoded();
            for (Future<SecretKey> key : keys) {
                assertThat(key.get().getEncoded()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(new FileDataKeyStore(dir, master).keyFor(subject).getEncoded())
                .isEqualTo(one.keyFor(subject).getEncoded());
        assertThat(KeyFiles.all(dir)).containsExactly(dir.resolve(subject + ".key"));
    }

    @Test
    void ignoresOtherFilesInTheDirectorySuchAsTheMasterKey() throws Exception {
        MasterKey generated = MasterKey.generateInto(dir.resolve("master.key"));
        Files.writeString(dir.resolve("README.txt"), "keys");

        FileDataKeyStore store = new FileDataKeyStore(dir, generated);

        assertThat(store.keyFor(subject)).isNotNull();
        assertThat(MasterKey.load(dir.resolve("master.key"))).isEqualTo(generated);
    }

    @Test
    void refusesKeyFilesOfAMasterKeyItWasNotGiven() {
        new FileDataKeyStore(dir, master).keyFor(subject);
        MasterKey other = MasterKey.generate();

        assertThatThrownBy(() -> new FileDataKeyStore(dir, other).keyFor(subject))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(master.id())
                .hasMessageContaining("not configured");
    }

    @Test
    void reopeningFinishesADestroyThatCrashedBeforeShredding() throws Exception {
        new FileDataKeyStore(dir, master).keyFor(subject);
        Files.createFile(dir.resolve(subject + ".erased"));

        new FileDataKeyStore(dir, master);

        assertThat(dir.resolve(subject + ".key")).doesNotExist();
    }

    @Test
    void reopeningShredsStaleTempFilesButLeavesFreshOnesToTheirWriter() throws Exception {
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        Path stale = Files.write(dir.resolve(subject + ".1.key.tmp"), new byte[]{1, 2, 3});
        Files.setLastModifiedTime(stale, FileTime.from(now.minus(KeyFile.STALE_TEMP_AGE).minusSeconds(1)));
        Path fresh = Files.write(dir.resolve(subject + ".2.key.tmp"), new byte[]{4, 5, 6});
        Files.setLastModifiedTime(fresh, FileTime.from(now.minus(KeyFile.STALE_TEMP_AGE).plusSeconds(1)));

        new FileDataKeyStore(dir, Clock.fixed(now, ZoneOffset.UTC), master);

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void aStaleSecondNameOfALiveKeyFileIsUnlinkedNotShredded() throws Exception {
        FileDataKeyStore store = new FileDataKeyStore(dir, master);
        SecretKey key = store.keyFor(subject);
        Path secondName = dir.resolve(subject + ".3.key.tmp");
        Files.createLink(secondName, dir.resolve(subject + ".key"));
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        Files.setLastModifiedTime(secondName, FileTime.from(now.minus(KeyFile.STALE_TEMP_AGE.multipliedBy(2))));

        FileDataKeyStore reopened = new FileDataKeyStore(dir, Clock.fixed(now, ZoneOffset.UTC), master);

        assertThat(secondName).doesNotExist();
        assertThat(reopened.keyFor(subject).getEncoded()).isEqualTo(key.getEncoded());
    }

    @Test
    void theBlindIndexKeyIsNeverDestroyed() {
        FileDataKeyStore store = new FileDataKeyStore(dir, master);

        assertThatThrownBy(() -> store.destroy(BlindIndex.KEY_ID)).isInstanceOf(IllegalArgumentException.class);
    }
}
