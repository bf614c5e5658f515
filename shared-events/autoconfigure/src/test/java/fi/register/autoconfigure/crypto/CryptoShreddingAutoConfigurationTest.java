package fi.register.autoconfigure.crypto;

import fi.register.crypto.FileDataKeyStore;
import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import fi.register.crypto.Pkcs12MasterKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import javax.crypto.SecretKey;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings of register.crypto as the register reads them: where the master key comes from, how the cache checks. */
class CryptoShreddingAutoConfigurationTest {

    static final String PASSWORD = "a-test-only-keystore-password";

    @TempDir
    Path dir;

    private ApplicationContextRunner register(String... settings) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CryptoShreddingAutoConfiguration.class))
                .withPropertyValues("register.crypto.key-store=files", "register.crypto.key-dir=" + dir.resolve("keys"),
                        "register.crypto.key-cache-ttl=PT10M")
                .withPropertyValues(settings);
    }

    @Test
    void wrapsTheDataKeys_UnderTheMasterKeyOfThePkcs12Keystore_WhenOneIsConfigured() {
        Path store = dir.resolve("master.p12");
        MasterKey master = Pkcs12MasterKey.generateInto(store, PASSWORD.toCharArray(), "clinic-master");
        UUID subject = UUID.randomUUID();

        register("register.crypto.master-key-store=" + store, "register.crypto.master-key-store-password=" + PASSWORD,
                "register.crypto.master-key-alias=clinic-master",
                "register.crypto.master-key-file=" + dir.resolve("never-read.key")).run(context -> {
            SecretKey key = context.getBean(PersonalDataProtection.class).keyStore().keyFor(subject);
            assertThat(new FileDataKeyStore(dir.resolve("keys"), master).find(subject)).contains(key);
        });
    }

    @Test
    void refusesACachedKey_WhenAnotherProcessSharingTheKeyDirectoryErasedTheSubject() {
        MasterKey master = MasterKey.generate();
        UUID subject = UUID.randomUUID();

        register("register.crypto.master-key=" + master.toBase64()).run(context -> {
            PersonalDataProtection protection = context.getBean(PersonalDataProtection.class);
            protection.keyStore().keyFor(subject);

            new FileDataKeyStore(dir.resolve("keys"), master).destroy(subject); // another host, the same volume

            assertThat(protection.keyStore().find(subject)).isEmpty();
        });
    }

    @Test
    void servesACachedKeyFromMemory_WhenTheSettingSaysNoOtherProcessSharesTheStore() {
        MasterKey master = MasterKey.generate();
        UUID subject = UUID.randomUUID();

        register("register.crypto.master-key=" + master.toBase64(), "register.crypto.key-cache-checks-tombstone=false")
                .run(context -> {
                    PersonalDataProtection protection = context.getBean(PersonalDataProtection.class);
                    SecretKey key = protection.keyStore().keyFor(subject);

                    new FileDataKeyStore(dir.resolve("keys"), master).destroy(subject);

                    assertThat(protection.keyStore().find(subject)).as("what the embedded default may do").contains(key);
                });
    }
}
