package fi.register.deploy;

import fi.register.autoconfigure.crypto.ConfiguredMasterKey;
import fi.register.autoconfigure.crypto.CryptoProperties;
import com.zaxxer.hikari.HikariDataSource;
import fi.register.autoconfigure.crypto.KeyStoreKind;
import fi.register.autoconfigure.crypto.MongoKeyDatabase;
import fi.register.autoconfigure.crypto.MongoKeyStoreProperties;
import com.mongodb.client.MongoDatabase;
import fi.register.crypto.MasterKey;
import fi.register.crypto.MasterKeyRotation;
import fi.register.crypto.Pkcs12MasterKey;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code java -jar register.jar rotate-master-key}: re-wraps every data key under a freshly generated master key,
 * in the key table of the event store's database and in a key directory an older register left, or in the key
 * collection of the Mongo key store ({@code register.crypto.key-store: mongo}); no event is touched. Run it while the
 * register is stopped. The new key is written next to the old one first, so an interrupted run is finished by simply
 * running the command again; only when every data key is re-wrapped does the new master replace the old file.
 * <p>
 * The key files are found where the register itself finds them: its settings are bound by Spring Boot from the same
 * files, profiles, environment and arguments ({@code register.crypto.master-key-file}, {@code register.crypto.key-dir},
 * {@code register.crypto.key-store}, {@code spring.datasource.*}, {@code REGISTER_DATA_DIR}), in a context that
 * starts nothing else. With {@code register.crypto.master-key-store} the master key is rotated inside that PKCS#12
 * keystore, under the same alias.
 */
final class MasterKeyRotationCommand {

    static final String NAME = "rotate-master-key";

    private MasterKeyRotationCommand() {
    }

    /** Binds the register's crypto settings from the command line and the environment, then rotates. */
    static int run(String... args) {
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(CryptoSettings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.config.name=" + RegisterApplication.CONFIG_NAMES)
                .run(args)) {
            CryptoProperties crypto = settings.getBean(CryptoProperties.class);
            if (crypto.masterKey() != null && !crypto.masterKey().isBlank()) {
                throw new IllegalStateException("The master key is given in register.crypto.master-key: rotate it "
                        + "where it is kept, or give it as register.crypto.master-key-file to rotate it here");
            }
            if (crypto.keyStore() == KeyStoreKind.MONGO) {
                try (MongoKeyDatabase keys = MongoKeyDatabase.connect(settings.getBean(MongoKeyStoreProperties.class))) {
                    return rotate(crypto, keysIn(keys.database()));
                }
            }
            DataSourceProperties database = settings.getBean(DataSourceProperties.class);
            if (crypto.keyStore() == KeyStoreKind.FILES || database.getUrl() == null) {
                return rotate(crypto, keysIn(crypto.keyDir(), null));
            }
            try (HikariDataSource keyTable = database.initializeDataSourceBuilder().type(HikariDataSource.class).build()) {
                return rotate(crypto, keysIn(crypto.keyDir(), keyTable));
            }
        }
    }

    /** Under the master key where it is kept: a file, or a PKCS#12 keystore's entry. */
    private static int rotate(CryptoProperties crypto, RewrapAll rewrapAll) {
        if (crypto.masterKeyStore() == null) {
            return rotateUnder(crypto.masterKeyFile(), rewrapAll);
        }
        return rotateInKeystore(crypto.masterKeyStore(), ConfiguredMasterKey.keystorePassword(crypto),
                crypto.masterKeyAlias(), rewrapAll);
    }

    /**
     * @param keyTable the database of the key table, or null with the file store; the key directory is rotated too
     *                 when it is there, since keys an older register left in it are moved into the table, wrapped as
     *                 they are, on the next start
     */
    private static RewrapAll keysIn(Path keyDirectory, DataSource keyTable) {
        return (current, next) -> {
            int rewrapped = 0;
            if (keyTable != null) {
                rewrapped += MasterKeyRotation.rotate(keyTable, current, next);
            }
            if (keyTable == null || Files.isDirectory(keyDirectory)) {
                rewrapped += MasterKeyRotation.rotate(keyDirectory, current, next);
            }
            return rewrapped;
        };
    }

    /** The Mongo key store's collection: every host's keys, in the replica set. */
    private static RewrapAll keysIn(MongoDatabase keys) {
        return (current, next) -> MasterKeyRotation.rotate(keys, current, next);
    }

    /** Re-wraps every data key of a store from the current master to the next; how many it re-wrapped. */
    private interface RewrapAll {
        int rewrap(MasterKey current, MasterKey next);
    }

    /**
     * The next master is written beside the current one first and replaces it only once every key is re-wrapped, so
     * an interrupted run is finished by running the command again.
     */
    private static int rotateUnder(Path masterKeyFile, RewrapAll rewrapAll) {
        Path nextMasterKeyFile = masterKeyFile.resolveSibling(masterKeyFile.getFileName() + ".next");
        if (!Files.exists(masterKeyFile)) {
            throw new IllegalStateException("No master key at " + masterKeyFile + ": nothing to rotate");
        }
        MasterKey current = MasterKey.load(masterKeyFile);
        MasterKey next = Files.exists(nextMasterKeyFile) ? MasterKey.load(nextMasterKeyFile) : MasterKey.generateInto(nextMasterKeyFile);
        int rewrapped = rewrapAll.rewrap(current, next);
        try {
            Files.move(nextMasterKeyFile, masterKeyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Data keys are re-wrapped, but the new master key could not replace the old: "
                    + "run the command again", e);
        }
        return reported(rewrapped, current, next);
    }

    /**
     * The same with the master key in a PKCS#12 keystore: the new key goes in under {@code <alias>.next} first (kept
     * by an interrupted run, which the next run finishes), and replaces the old entry only when every data key is
     * re-wrapped, in one atomic rewrite of the keystore.
     */
    private static int rotateInKeystore(Path store, char[] password, String alias, RewrapAll rewrapAll) {
        String nextAlias = alias + ".next";
        MasterKey current = Pkcs12MasterKey.load(store, password, alias);
        MasterKey next = Pkcs12MasterKey.holds(store, password, nextAlias)
                ? Pkcs12MasterKey.load(store, password, nextAlias)
                : Pkcs12MasterKey.generateInto(store, password, nextAlias);
        int rewrapped = rewrapAll.rewrap(current, next);
        Pkcs12MasterKey.promote(store, password, nextAlias, alias);
        return reported(rewrapped, current, next);
    }

    private static int reported(int rewrapped, MasterKey current, MasterKey next) {
        System.out.printf("Re-wrapped %d data keys under master key %s (was %s).%n", rewrapped, next.id(), current.id());
        return rewrapped;
    }

    /** Only the crypto and data source settings: no auto-configuration, so no store, server or processor starts. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({CryptoProperties.class, MongoKeyStoreProperties.class, DataSourceProperties.class})
    static class CryptoSettings {
    }
}
