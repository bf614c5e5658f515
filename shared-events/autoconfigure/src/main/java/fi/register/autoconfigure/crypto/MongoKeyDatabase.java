package fi.register.autoconfigure.crypto;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * The Mongo key store's own client, closed with the context. Not a {@code MongoClient} bean: the query side declares
 * the views' client, and a second bean of that type would make every injection of it ambiguous. Public for
 * {@code rotate-master-key}, which opens it from the same settings.
 */
public record MongoKeyDatabase(MongoClient client, MongoDatabase database) implements AutoCloseable {

    public static MongoKeyDatabase connect(MongoKeyStoreProperties properties) {
        if (properties.uri() == null || properties.uri().isBlank()) {
            throw new IllegalStateException("register.crypto.key-store=mongo needs register.crypto.mongo.uri "
                    + "(REGISTER_KEYS_MONGO_URI, or REGISTER_MONGO_URI for the views' replica set)");
        }
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(properties.uri()))
                .applicationName("register-keys")
                .build());
        return new MongoKeyDatabase(client, client.getDatabase(properties.database()));
    }

    @Override
    public void close() {
        client.close();
    }
}
