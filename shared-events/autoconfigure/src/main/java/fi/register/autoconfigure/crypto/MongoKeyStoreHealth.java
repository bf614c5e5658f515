package fi.register.autoconfigure.crypto;

import com.mongodb.connection.ClusterDescription;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The Mongo key store as the {@code keyStore} component of {@code /actuator/health}: DOWN while the driver knows no
 * server it could write a key to, as Spring Boot's {@code db} check is DOWN while the event store's database is out
 * of reach. Commands meanwhile answer 503 (docs/architecture.md, "Faults: the key store out of reach"), and without
 * this the health stayed UP, so an operator's monitoring saw nothing but the 503s.
 * <p>
 * Read from the driver's own view of the servers, which its monitor keeps current in the background: asking the
 * server would block a health request for the whole server-selection timeout exactly when the store is away.
 * No host name in the details: the operator has them in the configuration.
 */
final class MongoKeyStoreHealth implements HealthIndicator {

    private final MongoKeyDatabase keys;

    MongoKeyStoreHealth(MongoKeyDatabase keys) {
        this.keys = keys;
    }

    @Override
    public Health health() {
        ClusterDescription servers = keys.client().getClusterDescription();
        if (servers.hasWritableServer()) {
            return Health.up().build();
        }
        return Health.down().withDetail("reason", "no key-store server can take a write: new subjects and erasures are refused").build();
    }
}
