package fi.register.query.compliance;

import fi.register.autoconfigure.parties.NamedParties;
import fi.register.crypto.PersonalDataProtection;
import fi.register.evidence.EventTable;
import fi.register.query.evidence.EvidenceSettings;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RetentionSettings.class, ComplianceSettings.class, SubjectRequestSettings.class})
class ComplianceConfiguration {

    /**
     * The event table itself where the events are in this process's database (the JPA storage engine: H2 in the
     * embedded default, PostgreSQL in production); Axon's event stream otherwise (Axon Server).
     */
    @Bean
    RecordedHistory recordedHistory(EventStore eventStore, ObjectProvider<EventStorageEngine> storageEngine,
                                    ObjectProvider<DataSource> dataSource, PersonalDataProtection protection,
                                    ObjectProvider<org.axonframework.config.Configuration> axon) {
        if (storageEngine.getIfAvailable() instanceof JpaEventStorageEngine && dataSource.getIfAvailable() != null) {
            return new EventTableHistory(dataSource.getObject(), protection.serializer().leavingPersonalDataSealed(),
                    () -> upcasters(axon));
        }
        return new AxonStreamHistory(eventStore);
    }

    @Bean
    ComplianceReplay complianceReplay(RecordedHistory history, Clock clock, RetentionSettings retention,
                                      ComplianceSettings settings, NamedParties parties,
                                      ObjectProvider<EventStorageEngine> storageEngine,
                                      ObjectProvider<DataSource> dataSource, ObjectProvider<EvidenceSettings> evidence,
                                      SubjectRequestSettings requests) {
        boolean eventTable = storageEngine.getIfAvailable() instanceof JpaEventStorageEngine && dataSource.getIfAvailable() != null;
        EvidenceSettings keys = evidence.getIfAvailable();
        MerkleLogCheck merkleLog = MerkleLogCheck.of(eventTable ? new EventTable(dataSource.getObject()) : null,
                settings.checkpointFile(), keys == null ? null : keys.publicKeyFile());
        return new ComplianceReplay(history, clock, retention, settings, parties, merkleLog, requests);
    }

    /** The upcasters Axon reads events through, looked up per replay: Axon's configuration is complete by then. */
    private static EventUpcaster upcasters(ObjectProvider<org.axonframework.config.Configuration> axon) {
        org.axonframework.config.Configuration configuration = axon.getIfAvailable();
        EventUpcaster chain = configuration == null ? null : configuration.upcasterChain();
        return chain != null ? chain : NoOpEventUpcaster.INSTANCE;
    }
}
