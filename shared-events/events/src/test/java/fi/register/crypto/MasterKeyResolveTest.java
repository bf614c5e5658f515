package fi.register.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterKeyResolveTest {

    @TempDir
    Path dir;

    @Test
    void refusesToStartWithoutAConfiguredKeyOutsideTheEmbeddedDefault() {
        assertThatThrownBy(() -> MasterKey.resolve(null, dir.resolve("master.key"), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("register.crypto.master-key");
        assertThat(Files.exists(dir.resolve("master.key"))).isFalse();
    }

    @Test
    void generatesOnceAndThenLoadsTheSameKey() {
        MasterKey generated = MasterKey.resolve(null, dir.resolve("master.key"), true);
        assertThat(MasterKey.resolve(null, dir.resolve("master.key"), false)).isEqualTo(generated);
    }

    @Test
    void prefersTheConfiguredValueOverTheFile() {
        MasterKey configured = MasterKey.generate();
        MasterKey.generateInto(dir.resolve("master.key"));
        assertThat(MasterKey.resolve(configured.toBase64(), dir.resolve("master.key"), true)).isEqualTo(configured);
    }
}
