package fi.register.query.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the projections live: {@code uri} of a MongoDB (a replica set in production), unset for the embedded
 * default, and the {@code database} inside it.
 */
@ConfigurationProperties("register.mongo")
public record ProjectionStoreProperties(String uri, String database) {

    public ProjectionStoreProperties {
        database = database == null || database.isBlank() ? "register" : database;
    }
}
