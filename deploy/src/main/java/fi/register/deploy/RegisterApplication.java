package fi.register.deploy;

import fi.register.autoconfigure.settings.SharedSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import java.time.Clock;
import java.util.Map;

/**
 * The embedded default: command side and query side in one JVM, one port. Each side's own
 * application class is left out of the scan; its features and wiring are not.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = {RegisterApplication.COMMAND_SIDE, RegisterApplication.QUERY_SIDE})
@ComponentScan(basePackages = {RegisterApplication.COMMAND_SIDE, RegisterApplication.QUERY_SIDE},
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class),
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class RegisterApplication {

    static final String COMMAND_SIDE = "fi.register.command";
    static final String QUERY_SIDE = "fi.register.query";
    /** The shared settings, both sides' own, then the one-JVM overrides. */
    public static final String CONFIG_NAMES = SharedSettings.CONFIG_NAME + ",command-side,query-side,register";

    public static void main(String[] args) {
        if (args.length > 0 && MasterKeyRotationCommand.NAME.equals(args[0])) {
            MasterKeyRotationCommand.run(args);
            return;
        }
        if (args.length > 0 && CheckpointVerificationCommand.NAME.equals(args[0])) {
            System.exit(CheckpointVerificationCommand.run(System.out, args));
        }
        if (args.length > 0 && ComplianceReplayCommand.NAME.equals(args[0])) {
            System.exit(ComplianceReplayCommand.run(System.out, Clock.systemUTC(), args));
        }
        SpringApplication application = new SpringApplication(RegisterApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAMES));
        application.run(args);
    }
}
