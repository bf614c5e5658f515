package fi.register.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.SecretKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyFileImportTest {

    @TempDir
    Path dataDir;

    private final TestDatabase database = new TestDatabase();
    private final MasterKey master = MasterKey.generate();
    private final UUID kept = UUID.randomUUID();
    private final UUID erased = UUID.randomUUID();

    @Test
    void keeps_EveryKeyAndErasureOfAnOlderDataDirectory_AndShredsTheFiles() throws Exception {
        Path keyDir = dataDir.resolve("keys");
        FileDataKeyStore files = new FileDataKeyStore(keyDir, master);
        SecretKey key = files.keyFor(kept);
        SecretKey blindIndexKey = files.keyFor(BlindIndex.KEY_ID);
        byte[] wrapped = Files.readAllBytes(keyDir.resolve(kept + ".key"));
        files.keyFor(erased);
        files.destroy(erased);
        Files.write(keyDir.resolve(kept + ".123.key.tmp"), wrapped); // left by a writer that crashed a moment ago

        JdbcDataKeyStore table = new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, master);
        assertThat(KeyFileImport.importInto(database.dataSource, keyDir)).isEqualTo(2);

        assertThat(table.find(kept)).contains(key);
        assertThat(table.find(BlindIndex.KEY_ID)).contains(blindIndexKey);
        assertThat(table.isDestroyed(erased)).isTrue();
        assertThatThrownBy(() -> table.keyFor(erased)).isInstanceOf(SubjectErasedException.class);
        assertThat(keyDir).doesNotExist();
        assertThat(KeyFiles.anyFileContains(dataDir, wrapped)).isFalse();
    }

    @Test
    void keeps_TheTableAsItIs_WhenRunAgainOrWithoutADirectory() {
        Path keyDir = dataDir.resolve("keys");
        SecretKey key = new FileDataKeyStore(keyDir, master).keyFor(kept);
        KeyFileImport.importInto(database.dataSource, keyDir);

        assertThat(KeyFileImport.importInto(database.dataSource, keyDir)).isZero();
        assertThat(KeyFileImport.importInto(database.dataSource, dataDir.resolve("never-there"))).isZero();
        assertThat(new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, master).find(kept)).contains(key);
    }

    @Test
    void finishes_AnImportThatCrashedWhileShredding_WithoutReadingTheHalfShreddedFile() throws Exception {
        Path keyDir = dataDir.resolve("keys");
        SecretKey key = new FileDataKeyStore(keyDir, master).keyFor(kept);
        byte[] content = Files.readAllBytes(keyDir.resolve(kept + ".key"));
        KeyFileImport.importInto(database.dataSource, keyDir);
        Files.createDirectories(keyDir);
        Files.write(keyDir.resolve(kept + ".key"), new byte[content.length]); // overwritten, not yet deleted

        assertThat(KeyFileImport.importInto(database.dataSource, keyDir)).isZero();

        assertThat(keyDir).doesNotExist();
        assertThat(new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, master).find(kept)).contains(key);
    }

    @Test
    void keeps_TheFilesUntouched_WhenTheImportCannotCommit() throws Exception {
        Path keyDir = dataDir.resolve("keys");
        new FileDataKeyStore(keyDir, master).keyFor(kept);
        byte[] content = Files.readAllBytes(keyDir.resolve(kept + ".key"));
        // a master key id longer than the column takes: its insert fails, so nothing may be shredded
        Files.write(keyDir.resolve(erased + ".key"), KeyFile.encode("m".repeat(100), new byte[60]));

        assertThatThrownBy(() -> KeyFileImport.importInto(database.dataSource, keyDir))
                .isInstanceOf(IllegalStateException.class);

        assertThat(Files.readAllBytes(keyDir.resolve(kept + ".key"))).isEqualTo(content);
    }
}
