package fi.register.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side on its own: REST command API and aggregates. */
@SpringBootApplication
public class CommandSideApplication {

    /** The side's settings live in command-side.yml, so both sides can share one JVM without clashing. */
    public static final String CONFIG_NAME = "command-side";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CommandSideApplication.class);
        application.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME));
        application.run(args);
    }
}
