package fi.register.command.problem;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * The Mongo key store's server (mongo-java-server) on a file of its own and a fixed loopback port, which can be stopped
 * and started again as a MongoDB host is: the keys written before the stop are there after the start (the backend
 * commits its file when it closes), and the register's client finds it at the same address.
 */
final class RestartableKeyServer implements AutoCloseable {

    private final Path file;
    private final int port;
    private MongoServer server;

    RestartableKeyServer(Path file) throws IOException {
        this.file = file;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        start();
    }

    /** What the register's {@code register.crypto.mongo.uri} names; short waits, so a refusal comes within seconds. */
    String uri() {
        return "mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=5000";
    }

    Path file() {
        return file;
    }

    synchronized void start() {
        server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", port);
    }

    /** Closes every client's connection at once and the backend's file, as a host going down does. */
    synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
