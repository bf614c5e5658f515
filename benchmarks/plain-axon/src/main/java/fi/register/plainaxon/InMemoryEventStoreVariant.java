package fi.register.plainaxon;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code memory}: Axon's in-memory event storage engine, no database at all (application-memory.yml excludes
 * the data source and JPA). Nothing survives the process: it is the ceiling of the stack above the storage (HTTP,
 * security, Jackson, Axon's command bus and unit of work, the tracking processor, the view), never a candidate.
 */
@Configuration
@Profile("memory")
class InMemoryEventStoreVariant {

    @Bean
    EventStorageEngine eventStorageEngine() {
        return new InMemoryEventStorageEngine();
    }
}
