package fi.register.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Moves the keys of a {@link FileDataKeyStore} directory into the {@link JdbcDataKeyStore} tables, wrapped as they
 * are (the master key is not needed), so that a data directory written before the tables existed keeps working.
 * <p>
 * Crash-safe and idempotent: every key and tombstone is inserted in one transaction, and only once it has committed
 * are the files shredded the file store's way. A run interrupted before the commit left the files as they were; one
 * interrupted while shredding finds rows for the files still there, so it shreds them without reading them (a file
 * half overwritten with noise would not read as a key). A tombstone always wins over a key, as in the file store.
 */
public final class KeyFileImport {

    private static final Logger log = LoggerFactory.getLogger(KeyFileImport.class);

    private KeyFileImport() {
    }

    /** @return how many keys this run inserted into the table (0 when there was no directory or all were in) */
    public static int importInto(DataSource dataSource, Path keyDirectory) {
        Path directory = keyDirectory.toAbsolutePath();
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try {
            List<UUID> tombstones = KeyFile.tombstones(directory);
            List<UUID> keys = KeyFile.subjects(directory);
            if (tombstones.isEmpty() && keys.isEmpty()) {
                removeLeftovers(directory);
                return 0;
            }
            KeyTables.create(dataSource);
            int imported = insert(dataSource, directory, tombstones, keys);
            removeLeftovers(directory);
            for (UUID subjectId : keys) {
                SecureFiles.shred(KeyFile.keyPath(directory, subjectId));
            }
            for (UUID subjectId : tombstones) {
                Files.deleteIfExists(KeyFile.tombstonePath(directory, subjectId)); // an id only, nothing to overwrite
            }
            SecureFiles.syncDirectory(directory);
            removeIfEmpty(directory);
            log.info("Moved {} data keys and {} erasures from the key directory into the database", imported, tombstones.size());
            return imported;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the key directory " + directory + " into the database", e);
        }
    }

    private static int insert(DataSource dataSource, Path directory, List<UUID> tombstones, List<UUID> keys) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Set<UUID> erased = new HashSet<>(tombstones);
                for (UUID subjectId : tombstones) {
                    JdbcDataKeyStore.layTombstone(connection, subjectId);
                    JdbcDataKeyStore.deleteKey(connection, subjectId);
                }
                int imported = 0;
                for (UUID subjectId : keys) {
                    if (erased.contains(subjectId) || inTables(connection, subjectId)) {
                        continue;
                    }
                    Optional<KeyFile.Content> content = KeyFile.readContent(directory, subjectId);
                    if (content.isPresent()) {
                        insertKey(connection, subjectId, content.get());
                        imported++;
                    }
                }
                connection.commit();
                return imported;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the key directory into the database", e);
        }
    }

    private static boolean inTables(Connection connection, UUID subjectId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM " + JdbcDataKeyStore.KEYS
                + " WHERE subject_id = ? UNION ALL SELECT 1 FROM " + JdbcDataKeyStore.ERASED + " WHERE subject_id = ?")) {
            select.setString(1, subjectId.toString());
            select.setString(2, subjectId.toString());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void insertKey(Connection connection, UUID subjectId, KeyFile.Content content) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + JdbcDataKeyStore.KEYS
                + " (subject_id, master_key_id, wrapped_key) VALUES (?, ?, ?)")) {
            insert.setString(1, subjectId.toString());
            insert.setString(2, content.masterKeyId());
            insert.setString(3, Base64.getEncoder().encodeToString(content.wrapped()));
            insert.executeUpdate();
        }
    }

    /**
     * Temp files of a file store that crashed while writing, however young: no file store writes here any more.
     * They hold wrapped keys, so they are shredded too.
     */
    private static void removeLeftovers(Path directory) throws IOException {
        KeyFile.removeStaleTemps(directory, Instant.MAX); // every one is stale: no writer is left
    }

    private static void removeIfEmpty(Path directory) throws IOException {
        try {
            Files.deleteIfExists(directory);
        } catch (DirectoryNotEmptyException e) {
            // something else lives there (a master key file some set-ups keep beside the keys): leave it
        }
    }
}
