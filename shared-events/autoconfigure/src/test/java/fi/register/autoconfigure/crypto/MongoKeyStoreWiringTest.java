package fi.register.autoconfigure.crypto;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import fi.register.crypto.SubjectErasedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

import javax.crypto.SecretKey;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** register.crypto.key-store=mongo: the key store is the replica set's collection, through the real driver. */
class MongoKeyStoreWiringTest {

    private MongoServer server = new MongoServer(new MemoryBackend());
    private final String uri;
    private final int port;
    private final MasterKey master = MasterKey.generate();

    MongoKeyStoreWiringTest() {
        server.bind("127.0.0.1", 0);
        port = server.getLocalAddress().getPort();
        uri = "mongodb://127.0.0.1:" + port;
    }

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    private ApplicationContextRunner register(String... settings) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CryptoShreddingAutoConfiguration.class))
                .withPropertyValues("register.crypto.key-store=mongo", "register.crypto.master-key=" + master.toBase64(),
                        "register.crypto.key-cache-ttl=PT10M")
                .withPropertyValues(settings);
    }

    @Test
    void keeps_TheKeysInTheConfiguredDatabase_SharedByEveryHost() {
        UUID subject = UUID.randomUUID();
        SecretKey[] fromFirstHost = new SecretKey[1];

        register("register.crypto.mongo.uri=" + uri).run(first -> {
            assertThat(first).hasNotFailed();
            fromFirstHost[0] = first.getBean(PersonalDataProtection.class).keyStore().keyFor(subject);
        });
        register("register.crypto.mongo.uri=" + uri).run(second ->
                assertThat(second.getBean(PersonalDataProtection.class).keyStore().find(subject)).contains(fromFirstHost[0]));

        try (MongoClient client = MongoClients.create(uri)) {
            assertThat(client.getDatabase("register-keys").getCollection("data_keys").countDocuments())
                    .as("the subject's key and the blind index's").isEqualTo(2);
        }
    }

    @Test
    void rejects_ANewKey_OnAnyHost_ForASubjectErasedOnAnother() {
        UUID subject = UUID.randomUUID();
        register("register.crypto.mongo.uri=" + uri, "register.crypto.mongo.database=keys").run(first -> {
            PersonalDataProtection protection = first.getBean(PersonalDataProtection.class);
            protection.keyStore().keyFor(subject);
            protection.keyStore().destroy(subject);
        });

        register("register.crypto.mongo.uri=" + uri, "register.crypto.mongo.database=keys").run(second ->
                assertThatThrownBy(() -> second.getBean(PersonalDataProtection.class).keyStore().keyFor(subject))
                        .isInstanceOf(SubjectErasedException.class));
    }

    @Test
    void reports_TheKeyStoreDown_WhileNoServerAnswers_andUpAgainWhenItReturns() {
        // the driver's monitor looks every half second here (10 s by default), so the test waits briefly
        register("register.crypto.mongo.uri=" + uri + "/?heartbeatFrequencyMS=500&serverSelectionTimeoutMS=1000").run(context -> {
            HealthIndicator keyStore = context.getBean("keyStore", HealthIndicator.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> keyStore.health().getStatus(), equalTo(Status.UP));

            server.shutdownNow();
            await().atMost(Duration.ofSeconds(30)).until(() -> keyStore.health().getStatus(), equalTo(Status.DOWN));
            assertThat(keyStore.health().getDetails().toString()).as("no address of the store").doesNotContain("127.0.0.1");

            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", port);
            await().atMost(Duration.ofSeconds(30)).until(() -> keyStore.health().getStatus(), equalTo(Status.UP));
        });
    }

    @Test
    void keeps_NoKeyStoreHealth_WithTheOtherKeyStores() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CryptoShreddingAutoConfiguration.class))
                .withPropertyValues("register.crypto.key-store=files", "register.crypto.master-key=" + master.toBase64(),
                        "register.crypto.key-cache-ttl=PT10M", "register.crypto.key-dir=target/keys-" + UUID.randomUUID())
                .run(context -> assertThat(context).doesNotHaveBean("keyStore"));
    }

    @Test
    void rejects_Starting_WithoutTheReplicaSetsAddress() {
        register("register.crypto.mongo.uri=").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("register.crypto.mongo.uri"));
    }

    @Test
    void keeps_NoMongoClient_WithTheOtherKeyStores() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CryptoShreddingAutoConfiguration.class))
                .withPropertyValues("register.crypto.key-store=files", "register.crypto.master-key=" + master.toBase64(),
                        "register.crypto.key-cache-ttl=PT10M", "register.crypto.key-dir=target/keys-" + UUID.randomUUID())
                .run(context -> assertThat(context).doesNotHaveBean(MongoKeyDatabase.class));
    }
}
