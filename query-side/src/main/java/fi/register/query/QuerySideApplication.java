package fi.register.query;

import fi.register.autoconfigure.settings.SharedSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Map;

/** The query side on its own: projections into MongoDB, the register view, the access export and the read audit. */
@SpringBootApplication
public class QuerySideApplication {

    /** The side's own settings live in query-side.yml, so both sides can share one JVM without clashing. */
    public static final String CONFIG_NAME = "query-side";
    /** The shared settings, then the side's own. */
    public static final String CONFIG_NAMES = SharedSettings.CONFIG_NAME + "," + CONFIG_NAME;

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(QuerySideApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAMES));
        application.run(args);
    }
}
