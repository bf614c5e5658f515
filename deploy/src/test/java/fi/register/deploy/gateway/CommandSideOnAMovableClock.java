package fi.register.deploy.gateway;

import fi.register.command.CommandSideApplication;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The command side as its exec jar starts it, but on a clock the test moves from outside the process: the time
 * written in the file named by {@value #CLOCK_FILE} once it exists, the system's before. So a test can let retention
 * periods pass in separate JVMs without waiting for them.
 */
public final class CommandSideOnAMovableClock {

    static final String CLOCK_FILE = "register.test.clock-file";

    private CommandSideOnAMovableClock() {
    }

    public static void main(String[] args) {
        Path file = Path.of(System.getProperty(CLOCK_FILE));
        SpringApplication application = new SpringApplication(CommandSideApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CommandSideApplication.CONFIG_NAMES));
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("clock", new FileClock(file)));
        application.run(args);
    }

    /** Moves the clock of every process started with this file: they read the new time from their next reading. */
    static void set(Path file, Instant now) throws IOException {
        Path written = Files.writeString(file.resolveSibling(file.getFileName() + ".new"), now.toString(),
                StandardCharsets.US_ASCII);
        Files.move(written, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static final class FileClock extends Clock {

        private final Path file;

        FileClock(Path file) {
            this.file = file;
        }

        @Override
        public Instant instant() {
            if (!Files.exists(file)) {
                return Clock.systemUTC().instant();
            }
            try {
                return Instant.parse(Files.readString(file, StandardCharsets.US_ASCII).trim());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }
    }
}
