package fi.register.autoconfigure.problem;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.annotation.MessageHandlerInvocationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "a database is out of reach" (a 503 to ask again) and which do not (a fault to look into). */
class StorageUnreachableTest {

    @Test
    void recognises_AConnectionExceptionOfTheSqlStandard_howeverDeeplyWrapped() {
        SQLException reset = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        RuntimeException wrapped = new CommandExecutionException("failed", new JpaSystemException(
                new RuntimeException(reset)));

        assertThat(StorageUnreachable.causes(wrapped)).isTrue();
        assertThat(StorageUnreachable.causes(new SQLException("the server is shutting down", "57P01"))).isTrue();
    }

    @Test
    void recognises_ThePoolGivingUpAndNoConnectionToBeMade() {
        assertThat(StorageUnreachable.causes(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("pool timed out")))).isTrue();
        assertThat(StorageUnreachable.causes(new RuntimeException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void recognises_TheHandleOfAConnectionThePoolClosedAfterItBroke() {
        SQLException closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda$getClosedConnection$0",
                "ProxyConnection.java", 562)});

        assertThat(StorageUnreachable.causes(new JpaSystemException(new RuntimeException(closed)))).isTrue();
    }

    @Test
    void recognises_TheMongoKeyStoreOutOfReach_InsideTheEventStoresOrTheAggregatesFailure() {
        // a registration's new key cannot be written (the events' append fails), an existing subject's key cannot be
        // read (loading the aggregate fails), a key's read was cut off as the host went down
        MongoTimeoutException noServer = new MongoTimeoutException("Timed out while waiting for a server");
        MongoSocketReadException cutOff = new MongoSocketReadException("Prematurely reached end of stream",
                new ServerAddress("127.0.0.1", 27017));

        assertThat(StorageUnreachable.causes(new EventStoreException("append failed", noServer))).isTrue();
        assertThat(StorageUnreachable.causes(new MessageHandlerInvocationException("sourcing failed", noServer))).isTrue();
        assertThat(StorageUnreachable.causes(new EventStoreException("append failed", cutOff))).isTrue();
    }

    @Test
    void rejects_WhenTheDatabaseAnsweredWithARefusalOfItsOwn() {
        SQLException duplicate = new SQLException("duplicate key", "23505");

        assertThat(StorageUnreachable.causes(new DataIntegrityViolationException("duplicate", duplicate))).isFalse();
        // a closed connection that the pool did not close: the register's own fault, not an outage
        assertThat(StorageUnreachable.causes(new SQLException("Connection is closed"))).isFalse();
        assertThat(StorageUnreachable.causes(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void endsOnACycleInTheCauseChain() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(StorageUnreachable.causes(first)).isFalse();
    }
}
