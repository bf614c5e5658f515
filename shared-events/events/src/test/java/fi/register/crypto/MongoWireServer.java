package fi.register.crypto;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A Mongo-wire server on a loopback port (mongo-java-server) and the clients the key store tests connect to it, one
 * per store as one per process. No real MongoDB runs on this machine: what only a replica set does (majority
 * commit, rollback, oplog) is not exercised here, the driver's commands and the server's unique {@code _id} are.
 */
final class MongoWireServer implements AutoCloseable {

    static final String DATABASE = "register";

    private final MongoServer server;
    private final InetSocketAddress address;
    private final List<MongoClient> clients = new ArrayList<>();

    MongoWireServer() {
        this(new MemoryBackend());
    }

    MongoWireServer(MongoBackend backend) {
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        address = server.getLocalAddress();
    }

    synchronized MongoDatabase newClientDatabase() {
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        clients.add(client);
        return client.getDatabase(DATABASE);
    }

    @Override
    public synchronized void close() {
        clients.forEach(MongoClient::close);
        server.shutdownNow();
    }
}
