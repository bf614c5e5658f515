package fi.register.query.evidence;

import fi.register.evidence.CheckpointSigningKey;
import fi.register.evidence.EventTable;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceSettings.class)
class EvidenceConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceConfiguration.class);

    /**
     * The checkpoint log where the events are in this process's database (the JPA storage engine) and a signing key
     * is configured; without either the checkpoints answer 503 and the register runs on. The key pair is generated
     * beside the master key on first start in the embedded default only: elsewhere a key the operator did not give
     * would be one no auditor trusts.
     */
    @Bean
    CheckpointLogs checkpointLogs(EvidenceSettings settings, ObjectProvider<EventStorageEngine> storageEngine,
                                  ObjectProvider<DataSource> dataSource, Clock clock) {
        if (!(storageEngine.getIfAvailable() instanceof JpaEventStorageEngine) || dataSource.getIfAvailable() == null) {
            return new CheckpointLogs(Optional.empty(), "checkpoints cover the JPA event store only");
        }
        if (settings.signingKeyFile() == null
                || (!settings.generateSigningKey() && !Files.exists(settings.signingKeyFile()))) {
            LOG.warn("No checkpoint signing key (register.evidence.signing-key-file): checkpoints are not served");
            return new CheckpointLogs(Optional.empty(), "no checkpoint signing key is configured");
        }
        CheckpointSigningKey key = CheckpointSigningKey.resolve(settings.signingKeyFile(), settings.publicKeyFile(),
                settings.generateSigningKey());
        LOG.info("Checkpoints are signed with Ed25519 key {}", key.publicKey().fingerprint());
        return new CheckpointLogs(Optional.of(new CheckpointLog(new EventTable(dataSource.getObject()), key, clock, settings)), null);
    }

    /** The log, or why there is none. */
    record CheckpointLogs(Optional<CheckpointLog> log, String unavailableBecause) {
    }
}
