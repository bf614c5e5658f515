package fi.register.crypto;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Re-wraps every data key of a {@link FileDataKeyStore} directory, of the {@link JdbcDataKeyStore} tables, or of
 * the {@link MongoDataKeyStore} collection, under a new master key. The data keys stay the
 * same, so no event is read or rewritten.
 * <p>
 * Procedure (the command that calls {@link #rotate} runs it):
 * <ol>
 *   <li>Create the new master key ({@link MasterKey#generateInto}, or take it from the KMS/Vault). Keep it apart
 *       from the key directory and its backups.</li>
 *   <li>Either stop every process that opens the key directory, or restart each of them with the new key as the
 *       current master and the old one as a previous master
 *       ({@code new FileDataKeyStore(dir, newKey, oldKey)}), so that they read files of either master and wrap
 *       new keys under the new one. Never run a rotation while a process still wraps new keys under the old
 *       master: keys it creates after the rotation has listed the directory would stay under the old master.</li>
 *   <li>Run {@code MasterKeyRotation.rotate(dir, oldKey, newKey)}. Each file is replaced atomically, so a crash
 *       leaves every file readable under one of the two masters; run it again until it completes. Files already
 *       under the new master are skipped, and temp files of an interrupted run are shredded.</li>
 *   <li>Configure the new master alone, restart, and destroy the old master key and every copy of it. Only then
 *       are the old wrapped keys that backups, snapshots or freed disk blocks may still hold unreadable, including
 *       those of subjects erased since those copies were made.</li>
 * </ol>
 */
public final class MasterKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyRotation.class);

    private MasterKeyRotation() {
    }

    /**
     * @return how many key files this run re-wrapped (0 when a previous run had already done them all)
     * @throws IllegalStateException when a key file was wrapped by neither master; the files before it are done
     */
    public static int rotate(Path keyDirectory, MasterKey oldKey, MasterKey newKey) {
        if (oldKey.equals(newKey)) {
            throw new IllegalArgumentException("The new master key is the old one (" + oldKey.id() + ")");
        }
        Path directory = keyDirectory.toAbsolutePath();
        try {
            KeyFile.removeStaleTemps(directory, Instant.now()); // run by hand, with the register stopped: the wall clock is the one
            int rewrapped = 0;
            for (UUID subjectId : KeyFile.subjects(directory)) {
                if (rewrap(directory, subjectId, oldKey, newKey)) {
                    rewrapped++;
                }
            }
            log.info("Re-wrapped {} data keys from master key {} to {}", rewrapped, oldKey.id(), newKey.id());
            return rewrapped;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rotate the master key of the key directory " + directory, e);
        }
    }

    /**
     * Re-wraps every row of the {@link JdbcDataKeyStore} tables under the new master, each row in a statement of its
     * own that changes it only if it is still as read, so a crash leaves every row readable under one of the two
     * masters, an erasure running meanwhile is never undone, and a second run finishes the first. The same
     * procedure as for the files; the register may keep running if it was restarted with both masters configured.
     *
     * @return how many rows this run re-wrapped
     * @throws IllegalStateException when a row was wrapped by neither master; the rows before it are done
     */
    public static int rotate(DataSource dataSource, MasterKey oldKey, MasterKey newKey) {
        if (oldKey.equals(newKey)) {
            throw new IllegalArgumentException("The new master key is the old one (" + oldKey.id() + ")");
        }
        KeyTables.create(dataSource);
        int rewrapped = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT subject_id, master_key_id, wrapped_key FROM "
                     + JdbcDataKeyStore.KEYS + " WHERE master_key_id <> ?");
             PreparedStatement update = connection.prepareStatement("UPDATE " + JdbcDataKeyStore.KEYS
                     + " SET master_key_id = ?, wrapped_key = ? WHERE subject_id = ? AND master_key_id = ? AND wrapped_key = ?")) {
            connection.setAutoCommit(true);
            select.setString(1, newKey.id());
            List<String[]> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new String[]{row.getString(1), row.getString(2), row.getString(3)});
                }
            }
            for (String[] row : rows) {
                UUID subjectId = UUID.fromString(row[0]);
                if (!row[1].equals(oldKey.id())) {
                    throw new IllegalStateException("The data key of subject " + subjectId + " was wrapped by master key "
                            + row[1] + ", neither the old (" + oldKey.id() + ") nor the new (" + newKey.id() + ")");
                }
                SecretKey dataKey = oldKey.unwrap(subjectId, Base64.getDecoder().decode(row[2]));
                update.setString(1, newKey.id());
                update.setString(2, Base64.getEncoder().encodeToString(newKey.wrap(subjectId, dataKey)));
                update.setString(3, row[0]);
                update.setString(4, row[1]);
                update.setString(5, row[2]);
                rewrapped += update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot rotate the master key of the key table", e);
        }
        log.info("Re-wrapped {} data keys in the key table from master key {} to {}", rewrapped, oldKey.id(), newKey.id());
        return rewrapped;
    }

    /**
     * Re-wraps every key document of the {@link MongoDataKeyStore} collection under the new master, each in an update
     * of its own that changes it only if it is still as read (majority write concern): a crash leaves every key
     * readable under one of the two masters, an erasure meanwhile (the tombstone replacing the key) is never undone,
     * and a second run finishes the first. The same procedure as for the files and the key table.
     *
     * @return how many keys this run re-wrapped
     * @throws IllegalStateException when a key was wrapped by neither master; the keys before it are done
     */
    public static int rotate(MongoDatabase database, MasterKey oldKey, MasterKey newKey) {
        if (oldKey.equals(newKey)) {
            throw new IllegalArgumentException("The new master key is the old one (" + oldKey.id() + ")");
        }
        MongoKeyCollection keys = new MongoKeyCollection(database);
        int rewrapped = 0;
        for (Document key : keys.keysNotWrappedBy(newKey.id())) {
            UUID subjectId = UUID.fromString(key.getString(MongoKeyCollection.ID));
            String masterKeyId = key.getString(MongoKeyCollection.MASTER);
            if (!oldKey.id().equals(masterKeyId)) {
                throw new IllegalStateException("The data key of subject " + subjectId + " was wrapped by master key "
                        + masterKeyId + ", neither the old (" + oldKey.id() + ") nor the new (" + newKey.id() + ")");
            }
            SecretKey dataKey = oldKey.unwrap(subjectId, key.get(MongoKeyCollection.WRAPPED, Binary.class).getData());
            if (keys.rewrap(key, newKey.id(), newKey.wrap(subjectId, dataKey))) {
                rewrapped++;
            }
        }
        log.info("Re-wrapped {} data keys in the key collection from master key {} to {}", rewrapped, oldKey.id(), newKey.id());
        return rewrapped;
    }

    private static boolean rewrap(Path directory, UUID subjectId, MasterKey oldKey, MasterKey newKey) throws IOException {
        Path target = KeyFile.keyPath(directory, subjectId);
        if (Files.exists(KeyFile.tombstonePath(directory, subjectId))) {
            SecureFiles.shred(target); // a destroy that crashed before shredding
            return false;
        }
        Optional<KeyFile.Content> content = KeyFile.readContent(directory, subjectId);
        if (content.isEmpty() || content.get().masterKeyId().equals(newKey.id())) {
            return false;
        }
        if (!content.get().masterKeyId().equals(oldKey.id())) {
            throw new IllegalStateException("The key file of subject " + subjectId + " was wrapped by master key "
                    + content.get().masterKeyId() + ", neither the old (" + oldKey.id() + ") nor the new (" + newKey.id() + ")");
        }
        SecretKey dataKey = oldKey.unwrap(subjectId, content.get().wrapped());
        Path rewrapped = KeyFile.writeTemp(directory, subjectId, KeyFile.encode(newKey.id(), newKey.wrap(subjectId, dataKey)));
        Path oldCopy = keepOldCopy(directory, subjectId, target);
        try {
            Files.move(rewrapped, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            SecureFiles.shred(rewrapped);
            if (oldCopy != null) {
                Files.deleteIfExists(oldCopy); // still the live file's second name: deleting only drops the name
            }
            throw e;
        }
        SecureFiles.syncDirectory(directory);
        if (oldCopy != null) {
            // the rename only unlinked the old file; its bytes are overwritten through the second name
            SecureFiles.shred(oldCopy);
        }
        if (Files.exists(KeyFile.tombstonePath(directory, subjectId))) {
            SecureFiles.shred(target); // erased while this file was re-wrapped: the rename must not bring the key back
            return false;
        }
        return true;
    }

    /** A second name for the old file so it can still be shredded after the rename; null without hard links. */
    private static Path keepOldCopy(Path directory, UUID subjectId, Path target) throws IOException {
        Path oldCopy = KeyFile.tempPath(directory, subjectId);
        try {
            Files.createLink(oldCopy, target);
            return oldCopy;
        } catch (UnsupportedOperationException | FileSystemException e) {
            return null;
        }
    }
}
