package fi.register.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Map;

/** The query side on its own: projections into MongoDB, the register view, the access export and the read audit. */
@SpringBootApplication
public class QuerySideApplication {

    /** The side's settings live in query-side.yml, so both sides can share one JVM without clashing. */
    public static final String CONFIG_NAME = "query-side";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(QuerySideApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        application.run(args);
    }
}
