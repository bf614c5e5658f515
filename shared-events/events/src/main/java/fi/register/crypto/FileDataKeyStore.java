package fi.register.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded default's key store: one small file per subject, so that destroying a key can overwrite exactly
 * its bytes and delete them, with no log, page or compaction that would keep a copy.
 * <p>
 * A key file holds the data key wrapped by the master key, never the key in clear. An erased subject leaves an
 * empty {@code <uuid>.erased} tombstone, so it never gets a new key. A crash part-way through a destroy is finished
 * when the store is next opened.
 * <p>
 * What overwriting cannot reach: copy-on-write or snapshotting file systems (btrfs, ZFS, LVM snapshots) and SSD
 * wear levelling may keep the old blocks, and backups of this directory keep every file they copied. Those copies
 * are wrapped keys; they become useless when the master key that wrapped them is rotated away and destroyed
 * (see {@link MasterKeyRotation}).
 */
public final class FileDataKeyStore implements DataKeyStore {

    private static final Logger log = LoggerFactory.getLogger(FileDataKeyStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int STRIPES = 64;

    private final Path directory;
    private final MasterKey masterKey;
    private final Map<String, MasterKey> mastersById;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public FileDataKeyStore(Path directory, MasterKey masterKey) {
        this(directory, masterKey, new MasterKey[0]);
    }

    /**
     * @param masterKey          wraps every key this store creates
     * @param previousMasterKeys only unwrap: key files not yet re-wrapped by a running or interrupted rotation
     */
    public FileDataKeyStore(Path directory, MasterKey masterKey, MasterKey... previousMasterKeys) {
        this(directory, Clock.systemUTC(), masterKey, previousMasterKeys);
    }

    /** @param clock tells which half-written temp files are old enough to be a crashed writer's */
    FileDataKeyStore(Path directory, Clock clock, MasterKey masterKey, MasterKey... previousMasterKeys) {
        this.directory = directory.toAbsolutePath();
        this.masterKey = masterKey;
        this.mastersById = MasterKey.byId(masterKey, previousMasterKeys);
        Arrays.setAll(locks, i -> new ReentrantLock());
        try {
            SecureFiles.createDirectories(this.directory);
            recover(clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the key directory " + this.directory, e);
        }
    }

    @Override
    public SecretKey keyFor(UUID subjectId) {
        refuseIfErased(subjectId);
        Optional<SecretKey> existing = read(subjectId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ReentrantLock lock = lockFor(subjectId);
        lock.lock();
        try {
            refuseIfErased(subjectId);
            return read(subjectId).orElseGet(() -> create(subjectId));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<SecretKey> find(UUID subjectId) {
        if (isDestroyed(subjectId)) {
            return Optional.empty();
        }
        return read(subjectId);
    }

    @Override
    public void destroy(UUID subjectId) {
        if (BlindIndex.KEY_ID.equals(subjectId)) {
            throw new IllegalArgumentException("The blind index key is a system key and is never destroyed");
        }
        ReentrantLock lock = lockFor(subjectId);
        lock.lock();
        try {
            // the tombstone first: from then on no reader gets the key, and a crash before the shredding is finished on reopening
            try {
                Files.createFile(KeyFile.tombstonePath(directory, subjectId));
                SecureFiles.syncDirectory(directory);
            } catch (FileAlreadyExistsException e) {
                // destroyed before, or a destroy that crashed: shred again in case the key file is still there
            }
            if (SecureFiles.shred(KeyFile.keyPath(directory, subjectId))) {
                log.info("Destroyed the data key of subject {}", subjectId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot destroy the data key of subject " + subjectId, e);
        } finally {
            lock.unlock();
        }
    }

    /** Fails rather than answer no when the tombstone cannot be checked: "no" would hand out a new key. */
    @Override
    public boolean isDestroyed(UUID subjectId) {
        try {
            Files.readAttributes(KeyFile.tombstonePath(directory, subjectId), BasicFileAttributes.class);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tell whether subject " + subjectId + " was erased", e);
        }
    }

    private SecretKey create(UUID subjectId) {
        byte[] material = new byte[MasterKey.KEY_BYTES];
        RANDOM.nextBytes(material);
        SecretKey key = new SecretKeySpec(material, "AES");
        Arrays.fill(material, (byte) 0);
        Path target = KeyFile.keyPath(directory, subjectId);
        try {
            Path temp = KeyFile.writeTemp(directory, subjectId, KeyFile.encode(masterKey.id(), masterKey.wrap(subjectId, key)));
            boolean published;
            try {
                published = publish(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            SecureFiles.syncDirectory(directory);
            if (!published) {
                // another process created it first: everyone must use that one
                refuseIfErased(subjectId);
                return read(subjectId).orElseThrow(() -> new IllegalStateException(
                        "The key file of subject " + subjectId + " vanished while it was being created"));
            }
            if (isDestroyed(subjectId)) {
                // another process erased the subject while the key was being written
                SecureFiles.shred(target);
                throw erased(subjectId);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data key of subject " + subjectId, e);
        }
    }

    /**
     * Puts the complete temp file in place only if no key file exists yet. A hard link fails when the name is
     * taken, across processes too; a rename would silently replace a key another process had already handed out.
     */
    private static boolean publish(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // no hard links here: the in-process lock still gives one key per subject within this JVM
            if (Files.exists(target)) {
                return false;
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    /** Empty when the file is gone, or is being shredded by a destroy that has already laid its tombstone. */
    private Optional<SecretKey> read(UUID subjectId) {
        try {
            return KeyFile.read(directory, subjectId, mastersById);
        } catch (IllegalStateException e) {
            if (isDestroyed(subjectId)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void recover(Instant now) throws IOException {
        for (UUID subjectId : KeyFile.tombstones(directory)) {
            if (SecureFiles.shred(KeyFile.keyPath(directory, subjectId))) {
                log.warn("Finished destroying the data key of subject {} after an interrupted erasure", subjectId);
            }
        }
        int removed = KeyFile.removeStaleTemps(directory, now);
        if (removed > 0) {
            log.warn("Removed {} key files left half-written by an interrupted process", removed);
        }
    }

    private void refuseIfErased(UUID subjectId) {
        if (isDestroyed(subjectId)) {
            throw erased(subjectId);
        }
    }

    private static SubjectErasedException erased(UUID subjectId) {
        return new SubjectErasedException("Subject " + subjectId + " was erased; its data key is destroyed");
    }

    private ReentrantLock lockFor(UUID subjectId) {
        return locks[Math.floorMod(subjectId.hashCode(), STRIPES)];
    }
}
