package fi.register.command.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the answer to a POST sent with an {@code Idempotency-Key} is remembered, and how often forgotten answers
 * are swept out of the database. A key sent again after {@code ttl} is a new key.
 */
@ConfigurationProperties("register.idempotency")
record IdempotencyProperties(@DefaultValue("PT24H") Duration ttl, @DefaultValue("PT1H") Duration cleanupInterval) {

    IdempotencyProperties {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("register.idempotency.ttl must be positive");
        }
        if (cleanupInterval.isNegative() || cleanupInterval.isZero()) {
            throw new IllegalArgumentException("register.idempotency.cleanup-interval must be positive");
        }
    }
}
