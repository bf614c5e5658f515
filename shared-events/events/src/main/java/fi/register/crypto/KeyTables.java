package fi.register.crypto;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The key store's two tables, in SQL that H2 and PostgreSQL both take: ids and base64 text, so no binary column type
 * differs between them. Created by the store itself, not by Hibernate, since the events module knows no JPA.
 */
final class KeyTables {

    private KeyTables() {
    }

    static void create(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + JdbcDataKeyStore.KEYS + " (subject_id VARCHAR(36) PRIMARY KEY, "
                    + "master_key_id VARCHAR(64) NOT NULL, wrapped_key VARCHAR(512) NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS " + JdbcDataKeyStore.ERASED + " (subject_id VARCHAR(36) PRIMARY KEY)");
        } catch (SQLException e) {
            // two instances starting at once on PostgreSQL can both try to create the table; one wins
            if (!exist(dataSource)) {
                throw new IllegalStateException("Cannot create the key tables", e);
            }
        }
    }

    private static boolean exist(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT COUNT(*) FROM " + JdbcDataKeyStore.KEYS).close();
            statement.executeQuery("SELECT COUNT(*) FROM " + JdbcDataKeyStore.ERASED).close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
