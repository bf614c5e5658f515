package fi.register.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MasterKeyTest {

    private static final SecretKey DATA_KEY = new SecretKeySpec(new byte[32], "AES");

    @TempDir
    Path dir;

    @Test
    void unwrapsWhatItWrappedForTheSameSubject() {
        MasterKey master = MasterKey.generate();
        UUID subject = UUID.randomUUID();

        byte[] wrapped = master.wrap(subject, DATA_KEY);

        assertThat(master.unwrap(subject, wrapped).getEncoded()).isEqualTo(DATA_KEY.getEncoded());
    }

    @Test
    void wrappedKeyOfOneSubjectCannotBeUnwrappedAsAnother() {
        MasterKey master = MasterKey.generate();
        byte[] wrapped = master.wrap(UUID.randomUUID(), DATA_KEY);

        assertThatThrownBy(() -> master.unwrap(UUID.randomUUID(), wrapped))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherMasterCannotUnwrap() {
        UUID subject = UUID.randomUUID();
        byte[] wrapped = MasterKey.generate().wrap(subject, DATA_KEY);

        assertThatThrownBy(() -> MasterKey.generate().unwrap(subject, wrapped))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsKeysThatAreNot32BytesWithoutQuotingThem() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[31]);

        assertThatThrownBy(() -> MasterKey.fromBase64(shortKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> MasterKey.fromBase64("not base64 !!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("!!");
    }

    @Test
    void idIsAStableShortFingerprintThatDoesNotRevealTheKey() {
        MasterKey master = MasterKey.generate();
        MasterKey same = MasterKey.fromBase64(master.toBase64());

        assertThat(same.id()).isEqualTo(master.id()).hasSize(16);
        assertThat(MasterKey.generate().id()).isNotEqualTo(master.id());
        assertThat(master.toString()).doesNotContain(master.toBase64());
    }

    @Test
    void generatedFileIsReadableByTheOwnerOnlyAndLoadsTheSameKey() throws Exception {
        Path file = dir.resolve("keys/nested/master.key");

        MasterKey generated = MasterKey.generateInto(file);

        assertThat(MasterKey.load(file)).isEqualTo(generated);
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void generatingRefusesToOverwriteAnExistingKeyFile() throws Exception {
        Path file = dir.resolve("master.key");
        MasterKey first = MasterKey.generateInto(file);

        assertThatThrownBy(() -> MasterKey.generateInto(file)).isInstanceOf(IllegalStateException.class);
        assertThat(MasterKey.load(file)).isEqualTo(first);
    }

    @Test
    void loadAcceptsATrailingNewline() throws Exception {
        MasterKey master = MasterKey.generate();
        Path file = Files.writeString(dir.resolve("master.key"), master.toBase64() + "\n");

        assertThat(MasterKey.load(file)).isEqualTo(master);
    }
}
