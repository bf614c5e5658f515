package fi.register.crypto;

import javax.crypto.SecretKey;
import java.util.Optional;
import java.util.UUID;

/**
 * The transaction a key store's writes join, as much of it as the key cache needs to know. A key created inside a
 * transaction exists only if that transaction commits: until then only the transaction itself may use it, and the
 * cache must not keep it, or a retry after a rollback would encrypt under a key that was never stored.
 * The published language knows no Spring; the register's wiring implements this over Spring's transactions.
 */
public interface KeyTransactions {

    /** No transactions: every write is durable when the store returns (the file store, tests). */
    KeyTransactions NONE = new KeyTransactions() {
        @Override
        public void created(UUID subjectId, SecretKey key) {
        }

        @Override
        public Optional<SecretKey> createdInThisTransaction(UUID subjectId) {
            return Optional.empty();
        }

        @Override
        public void whenFinished(Runnable action) {
            action.run();
        }
    };

    /** Remembers a key the current transaction created, until the transaction ends; nothing outside one. */
    void created(UUID subjectId, SecretKey key);

    /** The subject's key if the current, still open transaction created it. */
    Optional<SecretKey> createdInThisTransaction(UUID subjectId);

    /** Runs the action when the current transaction has committed or rolled back; at once outside a transaction. */
    void whenFinished(Runnable action);
}
