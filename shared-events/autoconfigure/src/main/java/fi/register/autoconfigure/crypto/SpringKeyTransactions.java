package fi.register.autoconfigure.crypto;

import fi.register.crypto.KeyTransactions;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.SecretKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link KeyTransactions} over Spring's transaction of the current thread: the one Axon's unit of work runs in, whose
 * JDBC connection the key store joins through {@code TransactionAwareDataSourceProxy}. The keys a transaction
 * created are kept as a resource of that transaction and dropped when it completes, committed or rolled back.
 */
final class SpringKeyTransactions implements KeyTransactions {

    /** The resource key; one instance per store, so two registers in one JVM (tests) keep theirs apart. */
    private final Object createdKeys = new Object();

    @Override
    public void created(UUID subjectId, SecretKey key) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return; // the insert committed on its own
        }
        createdKeysOfThisTransaction(true).put(subjectId, key);
    }

    @Override
    public Optional<SecretKey> createdInThisTransaction(UUID subjectId) {
        Map<UUID, SecretKey> keys = createdKeysOfThisTransaction(false);
        return keys == null ? Optional.empty() : Optional.ofNullable(keys.get(subjectId));
    }

    @Override
    public void whenFinished(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, SecretKey> createdKeysOfThisTransaction(boolean create) {
        Map<UUID, SecretKey> keys = (Map<UUID, SecretKey>) TransactionSynchronizationManager.getResource(createdKeys);
        if (keys == null && create) {
            Map<UUID, SecretKey> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(createdKeys, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(createdKeys);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(createdKeys, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(createdKeys);
                }
            });
            return fresh;
        }
        return keys;
    }
}
