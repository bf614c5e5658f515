package fi.register.query.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Outside the embedded default the projections live in a real MongoDB, named by {@code register.mongo.uri}. */
@Configuration(proxyBeanMethods = false)
@Profile("!embedded | mongo")
class MongoClientConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(ProjectionStoreProperties properties) {
        if (properties.uri() == null || properties.uri().isBlank()) {
            throw new IllegalStateException("No projection store: set register.mongo.uri (profile 'mongo', "
                    + "environment REGISTER_MONGO_URI)");
        }
        return MongoClients.create(properties.uri());
    }
}
