package fi.register.query.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default's projection store: an in-process MongoDB-wire server whose data is an H2 MVStore file
 * under the data directory (committed between commands only, see {@link ConsistentH2Backend}), reached through the
 * real MongoDB driver so the code is the same as in production.
 * Both are closed on shutdown (client first), which writes the last changes to the file.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded & !mongo")
class EmbeddedMongoConfiguration {

    static final String PROJECTIONS_FILE = "projections/projections.mv";

    /**
     * {@code h2} (the default): the file below. {@code memory}: a candidate measured against it (docs/architecture.md,
     * "Projection store"), nothing on disk, the tokens included, so every start rebuilds every view from the event
     * store and the views answer incompletely until they caught up. Not for use beyond measuring it.
     */
    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(@Value("${register.data-dir}") String dataDir,
                                    @Value("${register.mongo.embedded-backend:h2}") String backend) {
        if ("memory".equals(backend)) {
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            return server;
        }
        // a String, not a Path: Spring's PathEditor would resolve "/..." against the servlet context in a web app
        Path file = Path.of(dataDir).resolve(PROJECTIONS_FILE);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the projections directory " + file.getParent(), e);
        }
        MongoServer server = new MongoServer(ConsistentH2Backend.open(file));
        // loopback only, on a free port: nothing outside this process has any business with the projections
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer embeddedMongoServer) {
        return MongoClients.create("mongodb://127.0.0.1:" + embeddedMongoServer.getLocalAddress().getPort());
    }
}
