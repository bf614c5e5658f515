package fi.register.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlindIndexTest {

    private final BlindIndex index = new BlindIndex(filled(7));

    @TempDir
    Path dir;

    @Test
    void isStableAndIgnoresCaseSurroundingBlanksAndUnicodeComposition() {
        String expected = index.of("maija.meikalainen@example.fi");

        assertThat(index.of("maija.meikalainen@example.fi")).isEqualTo(expected);
        assertThat(index.of("  Maija.Meikalainen@EXAMPLE.fi\t")).isEqualTo(expected);
        assertThat(index.of("Ähtäri")).isEqualTo(index.of("a\u0308hta\u0308ri"));
        assertThat(index.of("maija@example.fi")).isNotEqualTo(expected);
    }

    @Test
    void revealsNothingWithoutTheKey() {
        String value = "maija@example.fi";

        assertThat(index.of(value)).doesNotContain("maija").hasSize(43);
        assertThat(new BlindIndex(filled(8)).of(value)).isNotEqualTo(index.of(value));
    }

    @Test
    void keyFromTheKeyStoreSurvivesARestartUnderTheSameMaster() {
        MasterKey master = MasterKey.generate();
        String before = BlindIndex.fromKeyStore(new FileDataKeyStore(dir, master)).of("Virtanen");

        String after = BlindIndex.fromKeyStore(new FileDataKeyStore(dir, master)).of("virtanen");

        assertThat(after).isEqualTo(before);
    }

    @Test
    void refusesShortKeys() {
        assertThatThrownBy(() -> new BlindIndex(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
