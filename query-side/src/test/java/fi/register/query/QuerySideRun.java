package fi.register.query;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/** The query side started on its embedded default in a data directory of the test's, as its main would start it. */
public final class QuerySideRun {

    /** The embedded projection store as a file kept across restarts, instead of the default's rebuild at every start. */
    public static final String[] KEPT_STORE = {"--register.mongo.embedded-backend=h2", "--register.mongo.batched-writes=false"};

    private QuerySideRun() {
    }

    /** With test-only beans ({@code extraSources}) and further arguments, on a free port. */
    public static ConfigurableApplicationContext start(Path dataDir, Class<?>[] extraSources, String... arguments) {
        Class<?>[] sources = Stream.concat(Stream.of(QuerySideApplication.class), Arrays.stream(extraSources))
                .toArray(Class<?>[]::new);
        return new SpringApplicationBuilder(sources)
                .properties("spring.config.name=" + QuerySideApplication.CONFIG_NAMES)
                // arguments, not default properties: query-side.yml's own data-dir would win over those
                .run(Stream.concat(Stream.of("--register.data-dir=" + dataDir, "--server.port=0"), Arrays.stream(arguments))
                        .toArray(String[]::new));
    }

    public static ConfigurableApplicationContext start(Path dataDir, String... arguments) {
        return start(dataDir, new Class<?>[0], arguments);
    }
}
