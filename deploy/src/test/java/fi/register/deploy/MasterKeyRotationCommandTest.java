package fi.register.deploy;

import fi.register.crypto.FileDataKeyStore;
import fi.register.crypto.JdbcDataKeyStore;
import fi.register.crypto.KeyTransactions;
import fi.register.crypto.MongoDataKeyStore;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.jdbcx.JdbcDataSource;
import fi.register.crypto.MasterKey;
import fi.register.crypto.Pkcs12MasterKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.SecretKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MasterKeyRotationCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void rewrapsEveryDataKeyUnderANewMasterAndReplacesTheOldMasterFile() {
        MasterKey old = MasterKey.generateInto(dataDir.resolve("master.key"));
        UUID subject = UUID.randomUUID();
        SecretKey dataKey = new FileDataKeyStore(dataDir.resolve("keys"), old).keyFor(subject);

        assertThat(MasterKeyRotationCommand.run(MasterKeyRotationCommand.NAME, "--register.data-dir=" + dataDir)).isEqualTo(1);

        MasterKey current = MasterKey.load(dataDir.resolve("master.key"));
        assertThat(current).isNotEqualTo(old);
        assertThat(Files.exists(dataDir.resolve("master.key.next"))).isFalse();
        assertThat(new FileDataKeyStore(dataDir.resolve("keys"), current).find(subject)).contains(dataKey);
    }

    @Test
    void rewrapsEveryRowOfTheKeyTableInTheEventStoresDatabase() {
        MasterKey old = MasterKey.generateInto(dataDir.resolve("master.key"));
        UUID subject = UUID.randomUUID();
        JdbcDataSource eventStore = new JdbcDataSource();
        eventStore.setURL("jdbc:h2:file:" + dataDir.resolve("events/register") + ";DB_CLOSE_ON_EXIT=FALSE");
        eventStore.setUser("register");
        SecretKey dataKey = new JdbcDataKeyStore(eventStore, KeyTransactions.NONE, old).keyFor(subject);

        assertThat(MasterKeyRotationCommand.run(MasterKeyRotationCommand.NAME, "--register.data-dir=" + dataDir)).isEqualTo(1);

        MasterKey current = MasterKey.load(dataDir.resolve("master.key"));
        assertThat(current).isNotEqualTo(old);
        assertThat(new JdbcDataKeyStore(eventStore, KeyTransactions.NONE, current).find(subject)).contains(dataKey);
        assertThat(Files.exists(dataDir.resolve("keys"))).as("no key directory made up").isFalse();
    }

    @Test
    void keeps_EveryDataKeyOfTheMongoKeyStore_UnderTheNewMaster_WithAxonServerAndMongo() {
        MasterKey old = MasterKey.generateInto(dataDir.resolve("master.key"));
        UUID subject = UUID.randomUUID();
        MongoServer replicaSet = new MongoServer(new MemoryBackend());
        replicaSet.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + replicaSet.getLocalAddress().getPort();
        try (MongoClient client = MongoClients.create(uri)) {
            SecretKey dataKey = new MongoDataKeyStore(client.getDatabase("register-keys"), old).keyFor(subject);

            assertThat(MasterKeyRotationCommand.run(MasterKeyRotationCommand.NAME, "--register.data-dir=" + dataDir,
                    "--spring.profiles.active=axonserver,mongo", "--register.crypto.mongo.uri=" + uri)).isEqualTo(1);

            MasterKey current = MasterKey.load(dataDir.resolve("master.key"));
            assertThat(current).isNotEqualTo(old);
            assertThat(new MongoDataKeyStore(client.getDatabase("register-keys"), current).find(subject)).contains(dataKey);
            assertThat(Files.exists(dataDir.resolve("keys"))).as("no key directory made up").isFalse();
        } finally {
            replicaSet.shutdownNow();
        }
    }

    @Test
    void finishesAnInterruptedRotationWhenRunAgain() {
        MasterKey old = MasterKey.generateInto(dataDir.resolve("master.key"));
        UUID subject = UUID.randomUUID();
        SecretKey dataKey = new FileDataKeyStore(dataDir.resolve("keys"), old).keyFor(subject);
        MasterKey next = MasterKey.generateInto(dataDir.resolve("master.key.next")); // a run that stopped here

        MasterKeyRotationCommand.run(MasterKeyRotationCommand.NAME, "--register.data-dir=" + dataDir);

        assertThat(MasterKey.load(dataDir.resolve("master.key"))).isEqualTo(next);
        assertThat(new FileDataKeyStore(dataDir.resolve("keys"), next).find(subject)).contains(dataKey);
    }

    @Test
    void findsTheKeysWhereTheSettingsPutThem() {
        Path masterKeyFile = dataDir.resolve("secrets/register-master.key");
        Path keyDir = dataDir.resolve("elsewhere/keys");
        MasterKey old = MasterKey.generateInto(masterKeyFile);
        UUID subject = UUID.randomUUID();
        SecretKey dataKey = new FileDataKeyStore(keyDir, old).keyFor(subject);

        assertThat(MasterKeyRotationCommand.run(MasterKeyRotationCommand.NAME, "--register.data-dir=" + dataDir,
                "--register.crypto.master-key-file=" + masterKeyFile, "--register.crypto.key-dir=" + keyDir)).isEqualTo(1);

        MasterKey current = MasterKey.load(masterKeyFile);
        assertThat(current).isNotEqualTo(old);
        assertThat(new FileDataKeyStore(keyDir, current).find(subject)).contains(dataKey);
        assertThat(Files.exists(dataDir.resolve("master.key"))).as("nothing written where the settings do not point").isFalse();
    }

    @Test
    void rewrapsTheKeyDirectoryUnderANewMasterInsideThePkcs12Keystore() throws Exception {
        Path store = dataDir.resolve("secrets/master.p12");
        Path passwordFile = Files.writeString(Files.createDirectories(dataDir.resolve("secrets")).resolve("p12.pass"),
                "a-test-only-keystore-password\n");
        MasterKey old = Pkcs12MasterKey.generateInto(store, "a-test-only-keystore-password".toCharArray(), "clinic-master");
        UUID subject = UUID.randomUUID();
        SecretKey dataKey = new FileDataKeyStore(dataDir.resolve("keys"), old).keyFor(subject);

        assertThat(MasterKeyRotationCommand.run(MasterKeyRotationCommand.NAME, "--register.data-dir=" + dataDir,
                "--register.crypto.key-store=files", "--register.crypto.master-key-store=" + store,
                "--register.crypto.master-key-store-password-file=" + passwordFile,
                "--register.crypto.master-key-alias=clinic-master")).isEqualTo(1);

        MasterKey current = Pkcs12MasterKey.load(store, "a-test-only-keystore-password".toCharArray(), "clinic-master");
        assertThat(current).isNotEqualTo(old);
        assertThat(Pkcs12MasterKey.holds(store, "a-test-only-keystore-password".toCharArray(), "clinic-master.next")).isFalse();
        assertThat(new FileDataKeyStore(dataDir.resolve("keys"), current).find(subject)).contains(dataKey);
        assertThat(Files.exists(dataDir.resolve("master.key"))).as("no master key file made up").isFalse();
    }

    @Test
    void rewrapsTheKeyTableUnderANewMasterInsideThePkcs12Keystore() {
        Path store = dataDir.resolve("master.p12");
        char[] password = "a-test-only-keystore-password".toCharArray();
        MasterKey old = Pkcs12MasterKey.generateInto(store, password, Pkcs12MasterKey.DEFAULT_ALIAS);
        UUID subject = UUID.randomUUID();
        JdbcDataSource eventStore = new JdbcDataSource();
        eventStore.setURL("jdbc:h2:file:" + dataDir.resolve("events/register") + ";DB_CLOSE_ON_EXIT=FALSE");
        eventStore.setUser("register");
        SecretKey dataKey = new JdbcDataKeyStore(eventStore, KeyTransactions.NONE, old).keyFor(subject);

        // the password as the environment gives it (REGISTER_CRYPTO_MASTER_KEY_STORE_PASSWORD)
        assertThat(MasterKeyRotationCommand.run(MasterKeyRotationCommand.NAME, "--register.data-dir=" + dataDir,
                "--register.crypto.master-key-store=" + store,
                "--register.crypto.master-key-store-password=a-test-only-keystore-password")).isEqualTo(1);

        MasterKey current = Pkcs12MasterKey.load(store, password, Pkcs12MasterKey.DEFAULT_ALIAS);
        assertThat(current).isNotEqualTo(old);
        assertThat(new JdbcDataKeyStore(eventStore, KeyTransactions.NONE, current).find(subject)).contains(dataKey);
    }
}
