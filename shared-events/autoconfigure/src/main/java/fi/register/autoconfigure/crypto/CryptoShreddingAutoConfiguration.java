package fi.register.autoconfigure.crypto;

import fi.register.crypto.CachedKeyCheck;
import fi.register.crypto.FileDataKeyStore;
import fi.register.crypto.JdbcDataKeyStore;
import fi.register.crypto.KeyFileImport;
import fi.register.crypto.KeyTransactions;
import fi.register.crypto.MasterKey;
import fi.register.crypto.MongoDataKeyStore;
import fi.register.crypto.PersonalDataProtection;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;

/**
 * Opens the key store under the master key, once per JVM, and routes every message, event, snapshot and token
 * through the crypto-shredding serializer: what has no personal fields passes straight to Jackson, what has them
 * is encrypted under the subject's key before it reaches any store, and reads back as erased once the key is gone.
 * Before Axon's configuration, whose own serializers then stay out.
 * <p>
 * The key store is the event store's database by default ({@link KeyStoreKind#DATABASE}): the key table is reached
 * through a transaction-aware proxy of the primary data source, so a key joins the transaction of the unit of work
 * that appends the events encrypted under it. Keys a file store left in {@code register.crypto.key-dir} are moved in
 * first, before the blind index asks for its key. With {@link KeyStoreKind#MONGO} the keys are documents of a replica
 * set every host shares, written at majority before they are used (no transaction to join: the events are elsewhere).
 * Where several processes share the store, a cached key is served only after the store said the subject has no
 * tombstone ({@code register.crypto.key-cache-checks-tombstone}).
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties({CryptoProperties.class, MongoKeyStoreProperties.class})
public class CryptoShreddingAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "register.crypto.key-store", havingValue = "mongo")
    MongoKeyDatabase mongoKeyDatabase(MongoKeyStoreProperties properties) {
        return MongoKeyDatabase.connect(properties);
    }

    @Bean("keyStore")
    @ConditionalOnProperty(name = "register.crypto.key-store", havingValue = "mongo")
    HealthIndicator mongoKeyStoreHealth(MongoKeyDatabase keys) {
        return new MongoKeyStoreHealth(keys);
    }

    @Bean
    @ConditionalOnMissingBean
    PersonalDataProtection personalDataProtection(CryptoProperties properties, ObjectProvider<DataSource> dataSource,
                                                  ObjectProvider<MongoKeyDatabase> mongoKeys) {
        MasterKey masterKey = ConfiguredMasterKey.from(properties);
        CachedKeyCheck check = properties.keyCacheChecksTombstone() ? CachedKeyCheck.TOMBSTONE_ON_EVERY_USE : CachedKeyCheck.NONE;
        if (properties.keyStore() == KeyStoreKind.FILES) {
            return PersonalDataProtection.open(new FileDataKeyStore(properties.keyDir(), masterKey), KeyTransactions.NONE,
                    check, properties.keyCacheTtl());
        }
        if (properties.keyStore() == KeyStoreKind.MONGO) {
            return PersonalDataProtection.open(new MongoDataKeyStore(mongoKeys.getObject().database(), masterKey),
                    KeyTransactions.NONE, check, properties.keyCacheTtl());
        }
        DataSource database = dataSource.getIfAvailable(() -> {
            throw new IllegalStateException("register.crypto.key-store=database needs the event store's data source; "
                    + "without one (Axon Server) set register.crypto.key-store=files");
        });
        SpringKeyTransactions transactions = new SpringKeyTransactions();
        JdbcDataKeyStore keyStore = new JdbcDataKeyStore(new TransactionAwareDataSourceProxy(database), transactions, masterKey);
        KeyFileImport.importInto(database, properties.keyDir());
        return PersonalDataProtection.open(keyStore, transactions, check, properties.keyCacheTtl());
    }

    @Bean
    @Primary
    Serializer serializer(PersonalDataProtection protection) {
        return protection.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(PersonalDataProtection protection) {
        return protection.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(PersonalDataProtection protection) {
        return protection.serializer();
    }
}
