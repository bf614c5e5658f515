package fi.register.query.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import fi.register.query.mongo.memory.IndexedMemoryBackend;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default's projection store: an in-process MongoDB-wire server holding the views in memory (rebuilt
 * from the event store at every start), or, chosen by setting, in an H2 MVStore file under the data directory
 * (committed between commands only, see {@link ConsistentH2Backend}); reached through the real MongoDB driver so the
 * code is the same as in production.
 * Both are closed on shutdown (client first), which writes a file's last changes.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded & !mongo")
class EmbeddedMongoConfiguration {

    static final String PROJECTIONS_FILE = "projections/projections.mv";
    static final String IN_MEMORY = "memory";

    /**
     * {@code memory} (the default): nothing on disk, the tokens included, so every start rebuilds every view from the
     * event store, during which the views' reads wait or answer 503 ({@link ViewsCatchingUpGate}). {@code h2}: the
     * file below, kept across restarts (measured against each other in docs/architecture.md, "Projection store").
     */
    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(@Value("${register.data-dir}") String dataDir,
                                    @Value("${register.mongo.embedded-backend:memory}") String backend) {
        MongoServer server = new MongoServer(IN_MEMORY.equals(backend) ? new IndexedMemoryBackend() : fileBackend(dataDir));
        // loopback only, on a free port: nothing outside this process has any business with the projections
        server.bind("127.0.0.1", 0);
        return server;
    }

    private static ConsistentH2Backend fileBackend(String dataDir) {
        // a String, not a Path: Spring's PathEditor would resolve "/..." against the servlet context in a web app
        Path file = Path.of(dataDir).resolve(PROJECTIONS_FILE);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the projections directory " + file.getParent(), e);
        }
        return ConsistentH2Backend.open(file);
    }

    @Bean
    @ConditionalOnProperty(name = "register.mongo.embedded-backend", havingValue = IN_MEMORY, matchIfMissing = true)
    ProjectionsRebuiltAtStart projectionsRebuiltAtStart() {
        return new ProjectionsRebuiltAtStart();
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer embeddedMongoServer) {
        return MongoClients.create("mongodb://127.0.0.1:" + embeddedMongoServer.getLocalAddress().getPort());
    }
}
