package fi.register.crypto;

import javax.crypto.SecretKey;
import java.util.Optional;
import java.util.UUID;

/**
 * Holds one AES-256 data key per data subject, wrapped by the master key, apart from the events encrypted under it
 * (its own table of the event store's database, or its own files). Destroying a key is what erases the subject: it
 * must leave no readable copy behind. Where the medium keeps superseded bytes for a while (a database's old pages),
 * they are wrapped copies only, gone when the master key that wrapped them is rotated away; how long each store keeps
 * them is measured in docs/crypto-shredding.md.
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
