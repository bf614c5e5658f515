package fi.register.deploy;

import com.zaxxer.hikari.HikariDataSource;
import fi.register.query.compliance.ComplianceReplayJob;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar register.jar compliance-replay [--as-of <instant>] [--format json|text] [--checkpoint <file>]}:
 * the DPO's compliance replay as a job a scheduler or CI runs (docs/architecture.md, "Compliance replay as a job").
 * It reads the event store, never the projections, a page at a time, and judges it by the same checks as
 * {@code POST /api/compliance/replay}. Run it while the register is stopped, or on a copy of the data directory: the
 * embedded database is one process's at a time (under PostgreSQL, any time).
 * <p>
 * The store is found where the register finds it ({@code REGISTER_DATA_DIR}, {@code --register.data-dir},
 * {@code spring.datasource.*}, profiles), bound in a context that starts nothing else. Exit status: 0 no finding,
 * 1 any finding, 2 a usage error or a store that could not be read. Prints ids, types, times and counts only.
 */
final class ComplianceReplayCommand {

    static final String NAME = "compliance-replay";
    static final int UNUSABLE = ComplianceReplayJob.UNUSABLE;
    private static final String USAGE = "Usage: register.jar compliance-replay [--as-of <ISO-8601 instant>] "
            + "[--format json|text] [--checkpoint <file>] [--register.data-dir=<dir>]";

    private ComplianceReplayCommand() {
    }

    static int run(PrintStream out, Clock clock, String... args) {
        List<String> settingsArgs = new ArrayList<>();
        Instant asOf = null;
        ComplianceReplayJob.Format format = ComplianceReplayJob.Format.TEXT;
        Path checkpoint = null;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            if (!name.equals("--as-of") && !name.equals("--format") && !name.equals("--checkpoint")) {
                settingsArgs.add(option);
                continue;
            }
            String value;
            if (option.contains("=")) {
                value = option.substring(option.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                out.println(name + " needs a value. " + USAGE);
                return UNUSABLE;
            }
            try {
                switch (name) {
                    case "--as-of" -> asOf = Instant.parse(value);
                    case "--format" -> format = ComplianceReplayJob.Format.valueOf(value.toUpperCase(Locale.ROOT));
                    default -> checkpoint = Path.of(value);
                }
            } catch (DateTimeParseException | IllegalArgumentException notUsable) {
                // the option's name only: a value typed by mistake could be anything
                out.println(name + " cannot be read (an instant such as 2026-11-30T00:00:00Z; json or text). " + USAGE);
                return UNUSABLE;
            }
        }
        if (checkpoint != null && !Files.isRegularFile(checkpoint)) {
            out.println("No checkpoint file at " + checkpoint + ". " + USAGE);
            return UNUSABLE;
        }
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(ComplianceReplayJob.Settings.class,
                StoreSettings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.config.name=" + RegisterApplication.CONFIG_NAMES,
                        // the pool's start and stop lines would interleave with the report
                        "logging.level.com.zaxxer.hikari=WARN")
                .run(settingsArgs.toArray(String[]::new))) {
            DataSourceProperties database = settings.getBean(DataSourceProperties.class);
            try (HikariDataSource eventStore = database.initializeDataSourceBuilder().type(HikariDataSource.class).build()) {
                return new ComplianceReplayJob(settings, eventStore, checkpoint, clock).run(asOf, format, out);
            }
        } catch (RuntimeException e) {
            // the type only: a driver's message may quote a row
            out.println("Could not replay (" + e.getClass().getSimpleName() + "): is the register still running on this "
                    + "data directory? Stop it, or replay a copy.");
            return UNUSABLE;
        }
    }

    /** The data source settings, bound the register's way. */
    @EnableConfigurationProperties(DataSourceProperties.class)
    static class StoreSettings {
    }
}
