package fi.register.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The key store in the event store's own database: one row per subject in {@code data_key} (the data key wrapped by
 * the master key, and the id of that master), one row per erased subject in {@code data_key_erased} (the id only).
 * <p>
 * Plain JDBC on whatever connection the data source hands out. Given a data source that hands out the connection of
 * the caller's transaction (the register wires Spring's {@code TransactionAwareDataSourceProxy}), a new subject's key
 * is inserted in the transaction that appends the events encrypted under it, and an erasure deletes the key and lays
 * the tombstone in the transaction that appends its {@code SubjectErasedEvent}: keys are exactly as durable as the
 * events that need them, and an erasure is all or nothing. Outside a transaction each statement commits on its own.
 * <p>
 * Two transactions creating a key for the same subject collide on the primary key: the second waits for the first,
 * then fails (inside a transaction) or takes the winner's key (outside one). A deleted row lingers in the database
 * file until its pages are overwritten (docs/crypto-shredding.md); it is a wrapped key, useless once the master key
 * that wrapped it is rotated away ({@link MasterKeyRotation#rotate(DataSource, MasterKey, MasterKey)}).
 */
public final class JdbcDataKeyStore implements DataKeyStore {

    static final String KEYS = "data_key";
    static final String ERASED = "data_key_erased";
    /**
     * How the loser of two inserts of one key hears of it: a unique violation (PostgreSQL, and H2 when the winner had
     * committed already), H2's concurrent update or lock timeout (when it waited for the winner), a serialization failure.
     */
    private static final Set<String> LOST_THE_RACE = Set.of("23505", "90131", "HYT00", "40001");
    private static final Logger log = LoggerFactory.getLogger(JdbcDataKeyStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;
    private final KeyTransactions transactions;
    private final MasterKey masterKey;
    private final Map<String, MasterKey> mastersById;

    /**
     * Creates the tables when missing and finishes any erasure whose key row outlived its tombstone.
     *
     * @param dataSource         the event store's database; transaction-aware for keys to join the events' commits
     * @param transactions       told of every key created, so that the cache keeps it only once it is committed
     * @param previousMasterKeys only unwrap: rows not yet re-wrapped by a running or interrupted rotation
     */
    public JdbcDataKeyStore(DataSource dataSource, KeyTransactions transactions, MasterKey masterKey,
                            MasterKey... previousMasterKeys) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.masterKey = masterKey;
        this.mastersById = MasterKey.byId(masterKey, previousMasterKeys);
        KeyTables.create(dataSource);
        removeKeysOfErasedSubjects();
    }

    @Override
    public SecretKey keyFor(UUID subjectId) {
        try (Connection connection = dataSource.getConnection()) {
            refuseIfErased(connection, subjectId);
            Optional<SecretKey> existing = read(connection, subjectId);
            if (existing.isPresent()) {
                return existing.get();
            }
            return create(connection, subjectId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or create the data key of subject " + subjectId, e);
        }
    }

    @Override
    public Optional<SecretKey> find(UUID subjectId) {
        try (Connection connection = dataSource.getConnection()) {
            return isErased(connection, subjectId) ? Optional.empty() : read(connection, subjectId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data key of subject " + subjectId, e);
        }
    }

    /** The tombstone and the delete in one transaction: the caller's, or one of their own outside a transaction. */
    @Override
    public void destroy(UUID subjectId) {
        if (BlindIndex.KEY_ID.equals(subjectId)) {
            throw new IllegalArgumentException("The blind index key is a system key and is never destroyed");
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try {
                layTombstone(connection, subjectId);
                if (deleteKey(connection, subjectId)) {
                    log.info("Destroyed the data key of subject {}", subjectId);
                }
                if (ownTransaction) {
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (ownTransaction) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (ownTransaction) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot destroy the data key of subject " + subjectId, e);
        }
    }

    @Override
    public boolean isDestroyed(UUID subjectId) {
        try (Connection connection = dataSource.getConnection()) {
            return isErased(connection, subjectId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell whether subject " + subjectId + " was erased", e);
        }
    }

    private SecretKey create(Connection connection, UUID subjectId) throws SQLException {
        byte[] material = new byte[MasterKey.KEY_BYTES];
        RANDOM.nextBytes(material);
        SecretKey key = new SecretKeySpec(material, "AES");
        Arrays.fill(material, (byte) 0);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + KEYS + " (subject_id, master_key_id, wrapped_key) VALUES (?, ?, ?)")) {
            insert.setString(1, subjectId.toString());
            insert.setString(2, masterKey.id());
            insert.setString(3, Base64.getEncoder().encodeToString(masterKey.wrap(subjectId, key)));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!LOST_THE_RACE.contains(e.getSQLState())) {
                throw e;
            }
            if (!connection.getAutoCommit()) {
                // PostgreSQL has aborted the transaction: its events cannot be stored anyway
                throw new ConcurrentKeyCreationException(subjectId, e);
            }
            // outside a transaction the winner's key is committed: everyone must use that one
            refuseIfErased(connection, subjectId);
            return read(connection, subjectId).orElseThrow(() -> new IllegalStateException(
                    "The data key of subject " + subjectId + " vanished while it was being created", e));
        }
        transactions.created(subjectId, key);
        return key;
    }

    private Optional<SecretKey> read(Connection connection, UUID subjectId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT master_key_id, wrapped_key FROM " + KEYS + " WHERE subject_id = ?")) {
            select.setString(1, subjectId.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String masterKeyId = row.getString(1);
                MasterKey master = mastersById.get(masterKeyId);
                if (master == null) {
                    throw new IllegalStateException("The data key of subject " + subjectId + " was wrapped by master key "
                            + masterKeyId + ", which is not configured (configured: " + mastersById.keySet() + ")");
                }
                return Optional.of(master.unwrap(subjectId, Base64.getDecoder().decode(row.getString(2))));
            }
        }
    }

    private static boolean isErased(Connection connection, UUID subjectId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM " + ERASED + " WHERE subject_id = ?")) {
            select.setString(1, subjectId.toString());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Insert-if-absent without a failing statement: in PostgreSQL a failed statement would abort the erasure. */
    static void layTombstone(Connection connection, UUID subjectId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + ERASED + " (subject_id) "
                + "SELECT ? WHERE NOT EXISTS (SELECT 1 FROM " + ERASED + " WHERE subject_id = ?)")) {
            insert.setString(1, subjectId.toString());
            insert.setString(2, subjectId.toString());
            insert.executeUpdate();
        }
    }

    static boolean deleteKey(Connection connection, UUID subjectId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + KEYS + " WHERE subject_id = ?")) {
            delete.setString(1, subjectId.toString());
            return delete.executeUpdate() > 0;
        }
    }

    /** A key row created by a transaction that raced an erasure of its subject in another: the tombstone wins. */
    private void removeKeysOfErasedSubjects() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int removed = statement.executeUpdate("DELETE FROM " + KEYS + " WHERE subject_id IN (SELECT subject_id FROM "
                    + ERASED + ")");
            if (removed > 0) {
                log.warn("Removed {} data keys of erased subjects", removed);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot finish the erasures of the key table", e);
        }
    }

    private static void refuseIfErased(Connection connection, UUID subjectId) throws SQLException {
        if (isErased(connection, subjectId)) {
            throw new SubjectErasedException("Subject " + subjectId + " was erased; its data key is destroyed");
        }
    }
}
