package fi.register.autoconfigure.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console speaks Finnish, Swedish and English: every text in one language is in the other two, so no page shows
 * a key or falls back to Finnish in the middle of a Swedish screen.
 */
class ConsoleMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getResourceAsStream("/console/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void rejects_WhenAKeyIsMissingFromSwedishOrEnglish_orOnlyThere() throws IOException {
        Set<String> finnish = bundle("messages").stringPropertyNames();

        assertThat(finnish).hasSizeGreaterThan(100);
        assertThat(bundle("messages_sv").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(finnish);
        assertThat(bundle("messages_en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(finnish);
    }
}
