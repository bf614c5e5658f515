package fi.register.command;

import fi.register.autoconfigure.settings.SharedSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side on its own: REST command API and aggregates. */
@SpringBootApplication
public class CommandSideApplication {

    /** The side's own settings live in command-side.yml, so both sides can share one JVM without clashing. */
    public static final String CONFIG_NAME = "command-side";
    /** The shared settings, then the side's own. */
    public static final String CONFIG_NAMES = SharedSettings.CONFIG_NAME + "," + CONFIG_NAME;

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CommandSideApplication.class);
        application.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAMES));
        application.run(args);
    }
}
