package fi.register.autoconfigure.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Mongo key store ({@code register.crypto.key-store: mongo}) keeps the keys: a replica set's URI and a
 * database of their own, apart from the views (its own backups, its own grants). Read only with that key store.
 */
@ConfigurationProperties("register.crypto.mongo")
public record MongoKeyStoreProperties(String uri, String database) {

    public MongoKeyStoreProperties {
        database = database == null || database.isBlank() ? "register-keys" : database;
    }
}
