package fi.register.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterKeyRotationTest {

    private final MasterKey oldMaster = MasterKey.generate();
    private final MasterKey newMaster = MasterKey.generate();

    @TempDir
    Path dir;

    @Test
    void rewrapsEveryKeySoTheOldMasterIsNoLongerNeededAndTheKeysStayTheSame() throws Exception {
        MasterKey.generateInto(dir.resolve("master.key"));
        byte[] masterFile = Files.readAllBytes(dir.resolve("master.key"));
        Map<UUID, byte[]> keys = createKeys(new FileDataKeyStore(dir, oldMaster), 5);
        keys.put(BlindIndex.KEY_ID, new FileDataKeyStore(dir, oldMaster).keyFor(BlindIndex.KEY_ID).getEncoded());

        int rotated = MasterKeyRotation.rotate(dir, oldMaster, newMaster);

        assertThat(rotated).isEqualTo(6); // five subjects and the blind index
        FileDataKeyStore underNewMasterOnly = new FileDataKeyStore(dir, newMaster);
        keys.forEach((subject, key) -> assertThat(underNewMasterOnly.find(subject))
                .hasValueSatisfying(found -> assertThat(found.getEncoded()).isEqualTo(key)));
        assertThatThrownBy(() -> new FileDataKeyStore(dir, oldMaster).keyFor(keys.keySet().iterator().next()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.readAllBytes(dir.resolve("master.key"))).isEqualTo(masterFile);
        assertThat(KeyFiles.all(dir)).noneMatch(file -> file.toString().endsWith(".tmp"));
    }

    @Test
    void reRunningAfterAnInterruptedRotationFinishesItAndReadsEitherMasterInBetween() {
        Map<UUID, byte[]> keys = createKeys(new FileDataKeyStore(dir, oldMaster), 4);
        UUID halfway = keys.keySet().iterator().next();
        rewrapOneFile(halfway);

        FileDataKeyStore duringRotation = new FileDataKeyStore(dir, newMaster, oldMaster);
        keys.forEach((subject, key) -> assertThat(duringRotation.keyFor(subject).getEncoded()).isEqualTo(key));

        assertThat(MasterKeyRotation.rotate(dir, oldMaster, newMaster)).isEqualTo(3);
        assertThat(MasterKeyRotation.rotate(dir, oldMaster, newMaster)).isZero();
        FileDataKeyStore afterwards = new FileDataKeyStore(dir, newMaster);
        keys.forEach((subject, key) -> assertThat(afterwards.keyFor(subject).getEncoded()).isEqualTo(key));
    }

    @Test
    void leavesNoBytesOfTheOldWrappingBehind() {
        UUID subject = UUID.randomUUID();
        new FileDataKeyStore(dir, oldMaster).keyFor(subject);
        byte[] oldFile = KeyFiles.read(dir.resolve(subject + ".key"));

        MasterKeyRotation.rotate(dir, oldMaster, newMaster);

        byte[] oldWrapped = Arrays.copyOfRange(oldFile, oldFile.length - 60, oldFile.length);
        assertThat(KeyFiles.anyFileContains(dir, oldWrapped)).isFalse();
    }

    @Test
    void keepsErasedSubjectsErased() {
        FileDataKeyStore store = new FileDataKeyStore(dir, oldMaster);
        UUID erased = UUID.randomUUID();
        store.keyFor(erased);
        store.destroy(erased);

        MasterKeyRotation.rotate(dir, oldMaster, newMaster);

        assertThat(dir.resolve(erased + ".key")).doesNotExist();
        assertThatThrownBy(() -> new FileDataKeyStore(dir, newMaster).keyFor(erased))
                .isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void stopsAtAKeyFileOfAnUnknownMaster() {
        new FileDataKeyStore(dir, MasterKey.generate()).keyFor(UUID.randomUUID());

        assertThatThrownBy(() -> MasterKeyRotation.rotate(dir, oldMaster, newMaster))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neither the old");
    }

    private Map<UUID, byte[]> createKeys(FileDataKeyStore store, int count) {
        Map<UUID, byte[]> keys = new HashMap<>();
        for (int i = 0; i < count; i++) {
            UUID subject = UUID.randomUUID();
            keys.put(subject, store.keyFor(subject).getEncoded());
        }
        return keys;
    }

    /** What a rotation that crashed after its first file leaves behind. */
    private void rewrapOneFile(UUID subject) {
        SecretKey key = new FileDataKeyStore(dir, oldMaster).keyFor(subject);
        try {
            Files.write(dir.resolve(subject + ".key"), KeyFile.encode(newMaster.id(), newMaster.wrap(subject, key)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
