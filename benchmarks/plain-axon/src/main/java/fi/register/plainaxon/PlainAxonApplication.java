package fi.register.plainaxon;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * The yardstick of the load harness: a plain Axon application that registers customers on the register's stack
 * (Spring Boot, Axon 4.13, the JPA event store on an H2 file written through, Jackson, Spring Security HTTP Basic, a
 * tracking processor projecting into mongo-java-server's memory backend through the MongoDB driver) and does nothing
 * else. What the register costs above this is the price of its guarantees. What it leaves out is listed in README.md.
 * <p>
 * Like the register's embedded default, the view and the processor's token live in memory: every start rebuilds the
 * view from the event store.
 */
@SpringBootApplication
public class PlainAxonApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlainAxonApplication.class, args);
    }

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer embeddedMongoServer) {
        return MongoClients.create("mongodb://127.0.0.1:" + embeddedMongoServer.getLocalAddress().getPort());
    }

    @Bean
    MongoDatabase projectionDatabase(MongoClient mongoClient) {
        return mongoClient.getDatabase("plain");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TokenStore tokenStore() {
        return new InMemoryTokenStore();
    }
}
