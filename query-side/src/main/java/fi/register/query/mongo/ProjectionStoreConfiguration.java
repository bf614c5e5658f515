package fi.register.query.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The projections' database, and the processors' tokens beside them: a projection and the position it reached
 * live in the same store, so after a restart each processor resumes where it stopped instead of rebuilding.
 * MongoDB here is used without transactions (mongo-java-server has none), so the projections make every write
 * an idempotent upsert and a batch handled again after a crash does no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionStoreProperties.class)
class ProjectionStoreConfiguration {

    /**
     * The projections' writes during a processor's batch go out in bulk, before its token ({@link BatchedWrites}),
     * unless {@code register.mongo.batched-writes} is false: the embedded H2 backend handles a bulk write no faster
     * than its writes one by one (measured slower, docs/architecture.md), a store a network away saves a round trip
     * per write.
     */
    @Bean
    MongoDatabase projectionDatabase(MongoClient mongoClient, ProjectionStoreProperties properties,
                                     @Value("${register.mongo.batched-writes:true}") boolean batchedWrites) {
        MongoDatabase database = mongoClient.getDatabase(properties.database());
        return batchedWrites ? BatchedWrites.wrap(database) : database;
    }

    /**
     * Replaces Axon's JPA token store; tokens hold no personal data but go through the same serializer as all else.
     * On the database itself, never through {@link BatchedWrites}: a token must not wait for the batch it closes.
     */
    @Bean
    TokenStore tokenStore(MongoClient mongoClient, ProjectionStoreProperties properties, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(mongoClient.getDatabase(properties.database())).build())
                .serializer(serializer)
                .build();
    }
}
