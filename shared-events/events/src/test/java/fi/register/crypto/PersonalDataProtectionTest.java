package fi.register.crypto;

import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.SerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataProtectionTest {

    private final UUID customerId = UUID.randomUUID();
    private final CustomerRegisteredEvent event = Samples.customer(customerId);

    @TempDir
    Path dir;

    @Test
    void eventsWrittenBeforeARestartReadBackAfterIt() {
        MasterKey master = MasterKey.generateInto(dir.resolve("master.key"));
        PersonalDataProtection before = PersonalDataProtection.open(dir, master, Duration.ofMinutes(10));
        SerializedObject<byte[]> stored = before.serializer().serialize(event, byte[].class);
        String indexed = before.blindIndex().of(event.email());

        PersonalDataProtection after = PersonalDataProtection.open(dir, MasterKey.load(dir.resolve("master.key")),
                Duration.ofMinutes(10));

        assertThat(after.serializer().<byte[], Object>deserialize(stored)).isEqualTo(event);
        assertThat(after.blindIndex().of(event.email().toUpperCase())).isEqualTo(indexed);
    }

    @Test
    void erasingThroughTheKeyStoreShredsTheEventsPersonalData() {
        PersonalDataProtection protection = PersonalDataProtection.open(dir, MasterKey.generate(), Duration.ofMinutes(10));
        SerializedObject<String> stored = protection.serializer().serialize(event, String.class);
        assertThat(protection.serializer().<String, CustomerRegisteredEvent>deserialize(stored)).isEqualTo(event);

        protection.keyStore().destroy(customerId);

        CustomerRegisteredEvent read = protection.serializer().deserialize(stored);
        assertThat(read.lastName()).isEqualTo(PersonalData.ERASED);
        assertThat(read.address()).isNull();
        assertThat(KeyFiles.all(dir)).noneMatch(file -> file.getFileName().toString().equals(customerId + ".key"));
    }

    @Test
    void readsKeyFilesOfThePreviousMasterDuringARotation() {
        MasterKey old = MasterKey.generate();
        SerializedObject<byte[]> stored = PersonalDataProtection.open(dir, old, Duration.ofMinutes(10))
                .serializer().serialize(event, byte[].class);
        MasterKey current = MasterKey.generate();

        PersonalDataProtection rotating = PersonalDataProtection.open(new FileDataKeyStore(dir, current, old), Duration.ofMinutes(10));
        MasterKeyRotation.rotate(dir, old, current);
        PersonalDataProtection rotated = PersonalDataProtection.open(dir, current, Duration.ofMinutes(10));

        assertThat(rotating.serializer().<byte[], Object>deserialize(stored)).isEqualTo(event);
        assertThat(rotated.serializer().<byte[], Object>deserialize(stored)).isEqualTo(event);
    }
}
