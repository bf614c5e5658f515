package fi.register.crypto;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The key store in a MongoDB replica set, for a register whose events are in no relational database (Axon Server):
 * every host of both sides reads the same keys. One document per subject in {@code data_keys}, its {@code _id} the
 * subject id: either the data key wrapped by the master key ({@code master}, {@code wrapped}), or, once the subject is
 * erased, a tombstone ({@code erased: true}, the id only).
 * <p>
 * One document, not a key collection beside a tombstone collection, because MongoDB makes a single document's write
 * atomic without a transaction: an erasure replaces the key by the tombstone in one write, and a creation is an insert
 * that the unique {@code _id} refuses when any document, key or tombstone, is there. So of two processes creating the
 * same subject's key exactly one inserts it and the other takes the winner's, and a creation racing an erasure either
 * comes first (and is erased with the rest) or fails on the tombstone: an erased subject never gets a key again.
 * <p>
 * Durability ({@link MongoKeyCollection}): every write waits for a majority of the members and their journals, and
 * keys are read at read concern majority, so a key is handed out only once no failover can roll it back; the events
 * encrypted under it are written after it, so it is at least as durable as they are. The events are not in this
 * database, so a key cannot join their transaction: a command that fails after its key was written leaves a key of a
 * subject with no events, as the file store does. Where a replaced key's bytes linger (WiredTiger pages, the history
 * store, the journal, every member's oplog, backups) is in docs/crypto-shredding.md; each is a wrapped key, useless
 * once the master key is rotated away ({@link MasterKeyRotation#rotate(MongoDatabase, MasterKey, MasterKey)}).
 */
public final class MongoDataKeyStore implements DataKeyStore {

    private static final Logger log = LoggerFactory.getLogger(MongoDataKeyStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoKeyCollection keys;
    private final MasterKey masterKey;
    private final Map<String, MasterKey> mastersById;

    /**
     * @param database           the replica set's database holding {@code data_keys}; its write and read concerns are
     *                           raised to majority for the keys (a write timeout set on it is kept)
     * @param previousMasterKeys only unwrap: keys not yet re-wrapped by a running or interrupted rotation
     */
    public MongoDataKeyStore(MongoDatabase database, MasterKey masterKey, MasterKey... previousMasterKeys) {
        this.keys = new MongoKeyCollection(database);
        this.masterKey = masterKey;
        this.mastersById = MasterKey.byId(masterKey, previousMasterKeys);
    }

    @Override
    public SecretKey keyFor(UUID subjectId) {
        Optional<Document> existing = keys.read(subjectId);
        if (existing.isPresent()) {
            return unwrapOrRefuse(subjectId, existing.get());
        }
        return create(subjectId);
    }

    @Override
    public Optional<SecretKey> find(UUID subjectId) {
        return keys.read(subjectId)
                .filter(document -> !MongoKeyCollection.isTombstone(document))
                .map(document -> unwrap(subjectId, document));
    }

    /** Replaces the key document by the tombstone in one write: no reader ever sees both gone or both there. */
    @Override
    public void destroy(UUID subjectId) {
        if (BlindIndex.KEY_ID.equals(subjectId)) {
            throw new IllegalArgumentException("The blind index key is a system key and is never destroyed");
        }
        if (keys.layTombstone(subjectId)) {
            log.info("Destroyed the data key of subject {}", subjectId);
        }
    }

    @Override
    public boolean isDestroyed(UUID subjectId) {
        return keys.read(subjectId).map(MongoKeyCollection::isTombstone).orElse(false);
    }

    /** Package-private for the test of a store that read no document just before another process wrote one. */
    SecretKey create(UUID subjectId) {
        byte[] material = new byte[MasterKey.KEY_BYTES];
        RANDOM.nextBytes(material);
        SecretKey key = new SecretKeySpec(material, "AES");
        Arrays.fill(material, (byte) 0);
        try {
            keys.insert(subjectId, masterKey.id(), masterKey.wrap(subjectId, key));
            return key;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return takeTheWinners(subjectId, e);
        }
    }

    /**
     * Another process's key or an erasure's tombstone was there first. Read linearizably: the winner's write may not
     * be majority-committed yet, and a majority read would then find nothing; a linearizable read waits for it.
     */
    private SecretKey takeTheWinners(UUID subjectId, MongoWriteException lost) {
        Document winner = keys.readLatest(subjectId)
                .orElseThrow(() -> new ConcurrentKeyCreationException(subjectId, lost)); // rolled back meanwhile: retry
        return unwrapOrRefuse(subjectId, winner);
    }

    private SecretKey unwrapOrRefuse(UUID subjectId, Document document) {
        if (MongoKeyCollection.isTombstone(document)) {
            throw new SubjectErasedException("Subject " + subjectId + " was erased; its data key is destroyed");
        }
        return unwrap(subjectId, document);
    }

    private SecretKey unwrap(UUID subjectId, Document document) {
        String masterKeyId = document.getString(MongoKeyCollection.MASTER);
        MasterKey master = mastersById.get(masterKeyId);
        if (master == null) {
            throw new IllegalStateException("The data key of subject " + subjectId + " was wrapped by master key "
                    + masterKeyId + ", which is not configured (configured: " + mastersById.keySet() + ")");
        }
        return master.unwrap(subjectId, document.get(MongoKeyCollection.WRAPPED, Binary.class).getData());
    }
}
