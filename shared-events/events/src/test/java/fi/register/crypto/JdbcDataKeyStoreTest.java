package fi.register.crypto;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcDataKeyStoreTest {

    private final TestDatabase database = new TestDatabase();
    private final MasterKey master = MasterKey.generate();
    private final JdbcDataKeyStore store = new JdbcDataKeyStore(database.transactionAware, database.transactions, master);
    private final CachingDataKeyStore cached = new CachingDataKeyStore(store, database.transactions, Duration.ofMinutes(10), 100);
    private final UUID subject = UUID.randomUUID();

    @Test
    void keeps_TheKeyItCreatedOnce_ForEveryStoreOverTheSameDatabase() {
        SecretKey key = store.keyFor(subject);

        assertThat(store.keyFor(subject)).isEqualTo(key);
        assertThat(new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, master).find(subject)).contains(key);
        assertThat(database.count("SELECT COUNT(*) FROM data_key WHERE subject_id = '" + subject + "'")).isEqualTo(1);
    }

    @Test
    void keeps_NoKeyAndNoCachedCopy_WhenTheTransactionThatCreatedItRollsBack() throws Exception {
        TestDatabase.Transaction failing = database.begin();
        SecretKey lost = cached.keyFor(subject);
        assertThat(cached.keyFor(subject)).as("the transaction uses its own key throughout").isEqualTo(lost);
        assertThat(new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, master).find(subject))
                .as("invisible to others until committed").isEmpty();
        failing.rollback();

        assertThat(cached.find(subject)).isEmpty();
        TestDatabase.Transaction retry = database.begin();
        SecretKey stored = cached.keyFor(subject);
        retry.commit();

        assertThat(stored).isNotEqualTo(lost);
        assertThat(new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, master).find(subject)).contains(stored);
        assertThat(cached.keyFor(subject)).isEqualTo(stored);
    }

    @Test
    void destroys_TheKeyAndLaysTheTombstone_InTheErasingTransactionOnly() throws Exception {
        SecretKey key = cached.keyFor(subject);

        TestDatabase.Transaction failing = database.begin();
        cached.destroy(subject);
        assertThat(cached.isDestroyed(subject)).isTrue();
        failing.rollback();
        assertThat(cached.find(subject)).as("an erasure rolled back leaves the subject intact").contains(key);

        TestDatabase.Transaction erasure = database.begin();
        cached.destroy(subject);
        erasure.commit();

        assertThat(cached.find(subject)).isEmpty();
        assertThat(cached.isDestroyed(subject)).isTrue();
        assertThatThrownBy(() -> cached.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
        assertThat(database.count("SELECT COUNT(*) FROM data_key WHERE subject_id = '" + subject + "'")).isZero();
        assertThat(database.count("SELECT COUNT(*) FROM data_key_erased")).isEqualTo(1);
    }

    @Test
    void evicts_AKeyAnotherTransactionCachedBeforeTheErasureCommitted() throws Exception {
        SecretKey key = cached.keyFor(subject);
        TestDatabase.Transaction erasure = database.begin();
        cached.destroy(subject);
        assertThat(CompletableFuture.supplyAsync(() -> cached.find(subject)).join())
                .as("others read the committed key until the erasure commits").contains(key);

        erasure.commit();

        assertThat(cached.find(subject)).isEmpty();
    }

    @Test
    void destroys_Idempotently_AndOutsideATransactionToo() {
        store.keyFor(subject);

        store.destroy(subject);
        store.destroy(subject);

        assertThat(store.isDestroyed(subject)).isTrue();
        assertThat(database.count("SELECT COUNT(*) FROM data_key_erased")).isEqualTo(1);
    }

    @Test
    void rejects_TheSecondOfTwoTransactionsCreatingAKeyForTheSameSubject_LeavingOneKey() throws Exception {
        TestDatabase.Transaction first = database.begin();
        SecretKey winner = store.keyFor(subject);
        CompletableFuture<SecretKey> second = CompletableFuture.supplyAsync(() -> {
            try {
                TestDatabase.Transaction transaction = database.begin();
                try {
                    return store.keyFor(subject);
                } finally {
                    transaction.rollback();
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        while (!second.isDone()
                && database.count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL") == 0) {
            Thread.onSpinWait(); // until the second insert waits on the first's row, or H2 refused it at once
        }
        first.commit();

        assertThatThrownBy(second::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ConcurrentKeyCreationException.class);
        assertThat(database.count("SELECT COUNT(*) FROM data_key")).isEqualTo(1);
        assertThat(store.find(subject)).contains(winner);
    }

    @Test
    void rejects_ANewKey_ForAnErasedSubject() {
        store.destroy(subject);

        assertThatThrownBy(() -> store.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
        assertThat(database.count("SELECT COUNT(*) FROM data_key")).isZero();
    }

    @Test
    void rejects_DestroyingTheBlindIndexKey() {
        assertThatThrownBy(() -> store.destroy(BlindIndex.KEY_ID)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removes_AKeyRowThatOutlivedItsTombstone_WhenOpened() throws Exception {
        store.keyFor(subject);
        try (var connection = database.dataSource.getConnection()) {
            JdbcDataKeyStore.layTombstone(connection, subject); // a creation that raced an erasure in another process
        }

        new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, master);

        assertThat(database.count("SELECT COUNT(*) FROM data_key")).isZero();
    }

    @Test
    void rejects_AKeyCachedByAnotherProcess_AsSoonAsTheErasureHasCommitted() throws Exception {
        // the other process: its own store and cache over the same key table, as a second command-side host has
        CachingDataKeyStore otherHost = new CachingDataKeyStore(
                new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, master), Duration.ofMinutes(10), 100);
        SecretKey key = cached.keyFor(subject);
        assertThat(otherHost.find(subject)).as("cached on the other host").contains(key);

        TestDatabase.Transaction erasure = database.begin();
        cached.destroy(subject);
        assertThat(otherHost.find(subject)).as("the erasure has not committed yet").contains(key);
        erasure.commit();

        assertThat(otherHost.find(subject)).isEmpty();
        assertThatThrownBy(() -> otherHost.keyFor(subject)).isInstanceOf(SubjectErasedException.class);
    }
}
