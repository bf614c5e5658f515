package fi.register.crypto;

import javax.crypto.SecretKey;
import java.util.Optional;
import java.util.UUID;

/**
 * Holds one AES-256 data key per data subject, wrapped by the master key, apart from the event store.
 * Destroying a key is what erases the subject: it must leave no copy behind in the store's bytes.
 */
public interface DataKeyStore {

    /**
     * The subject's key, created on first use.
     *
     * @throws SubjectErasedException when the subject's key was destroyed: an erased subject never gets a new key
     */
    SecretKey keyFor(UUID subjectId);

    /** The subject's key, or empty when it never existed or was destroyed. */
    Optional<SecretKey> find(UUID subjectId);

    /** Destroys the subject's key for good and remembers (by id only) that the subject was erased. Idempotent. */
    void destroy(UUID subjectId);

    /** Whether the subject's key was destroyed. */
    boolean isDestroyed(UUID subjectId);
}
