package fi.register.autoconfigure.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether a failure means that a database could not be reached, as opposed to a fault of the request or of the
 * register: then the answer is 503 {@code storage-unavailable} with {@code Retry-After}, not a 500. Read from the
 * cause chain, whatever wrapped it on the way (Axon's command bus, Spring's transactions, Hibernate, the pool).
 */
final class StorageUnreachable {

    /** Thrown by the drivers and the layers above them when there is no connection, by class name (no driver needed). */
    private static final Set<String> UNREACHABLE = Set.of(
            "org.springframework.transaction.CannotCreateTransactionException",
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.jdbc.CannotGetJdbcConnectionException",
            "org.hibernate.exception.JDBCConnectionException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoSocketOpenException",
            "com.mongodb.MongoSocketReadException",
            "com.mongodb.MongoSocketWriteException");

    private StorageUnreachable() {
    }

    static boolean causes(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || named(cause.getClass())) {
                return true;
            }
            if (cause instanceof SQLException sql && (connectionLost(sql.getSQLState()) || closedByThePool(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (UNREACHABLE.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * HikariCP evicts a connection that failed with a connection exception, and every later call on its handle within
     * the same transaction then fails with "Connection is closed" and no SQL state: thrown by the pool's closed
     * handle, which is what the first frame says. (Seen when an erasure's snapshot read broke the connection and its
     * event read came next.)
     */
    private static boolean closedByThePool(SQLException e) {
        StackTraceElement[] frames = e.getStackTrace();
        return e.getSQLState() == null && frames.length > 0
                && frames[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
    }

    /**
     * SQL state class 08 is "connection exception" in the SQL standard; PostgreSQL's 57P01-57P03 are the server
     * shutting down or not yet accepting connections.
     */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
