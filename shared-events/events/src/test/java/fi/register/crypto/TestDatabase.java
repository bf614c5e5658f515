package fi.register.crypto;

import org.h2.jdbcx.JdbcDataSource;

import javax.crypto.SecretKey;
import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An H2 database for the key store's tests, with transactions as the register's wiring gives them: inside the
 * current thread's transaction, {@link #transactionAware} hands out that transaction's connection and closing it does
 * nothing (Spring's TransactionAwareDataSourceProxy); outside one, a fresh connection that commits each statement.
 * {@link #transactions} tells the cache what the open transaction created.
 */
final class TestDatabase {

    final JdbcDataSource dataSource = new JdbcDataSource();
    final DataSource transactionAware;
    final KeyTransactions transactions = new CurrentTransaction();
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    TestDatabase() {
        dataSource.setURL("jdbc:h2:mem:keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000");
        transactionAware = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Transaction transaction = current.get();
                    return transaction == null ? dataSource.getConnection() : transaction.unclosable;
                });
    }

    int count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Begins a transaction on this thread. */
    Transaction begin() throws SQLException {
        Transaction transaction = new Transaction(dataSource.getConnection());
        current.set(transaction);
        return transaction;
    }

    final class Transaction {

        private final Connection connection;
        private final Connection unclosable;
        private final Map<UUID, SecretKey> created = new HashMap<>();
        private final List<Runnable> whenFinished = new ArrayList<>();

        private Transaction(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
            this.unclosable = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        void commit() throws SQLException {
            connection.commit();
            finish();
        }

        void rollback() throws SQLException {
            connection.rollback();
            finish();
        }

        private void finish() throws SQLException {
            current.remove();
            created.clear();
            whenFinished.forEach(Runnable::run);
            connection.close();
        }
    }

    private final class CurrentTransaction implements KeyTransactions {

        @Override
        public void created(UUID subjectId, SecretKey key) {
            Transaction transaction = current.get();
            if (transaction != null) {
                transaction.created.put(subjectId, key);
            }
        }

        @Override
        public Optional<SecretKey> createdInThisTransaction(UUID subjectId) {
            Transaction transaction = current.get();
            return transaction == null ? Optional.empty() : Optional.ofNullable(transaction.created.get(subjectId));
        }

        @Override
        public void whenFinished(Runnable action) {
            Transaction transaction = current.get();
            if (transaction == null) {
                action.run();
            } else {
                transaction.whenFinished.add(action);
            }
        }
    }
}
