package fi.register.query.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
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

    @Bean
    MongoDatabase projectionDatabase(MongoClient mongoClient, ProjectionStoreProperties properties) {
        return mongoClient.getDatabase(properties.database());
    }

    /** Replaces Axon's JPA token store; tokens hold no personal data but go through the same serializer as all else. */
    @Bean
    TokenStore tokenStore(MongoDatabase projectionDatabase, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(projectionDatabase).build())
                .serializer(serializer)
                .build();
    }
}
