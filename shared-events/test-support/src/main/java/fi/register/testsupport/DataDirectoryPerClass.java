package fi.register.testsupport;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/**
 * A Spring Boot test whose register keeps everything (events, projections, keys) in a data directory of the test
 * class's own, so no class sees another's data. The directory is deleted after the class, so the context is too:
 * a cached context must not outlive its files.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class DataDirectoryPerClass {

    @TempDir
    protected static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("register.data-dir", () -> dataDir.toString());
    }
}
