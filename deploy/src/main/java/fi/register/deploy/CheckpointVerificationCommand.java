package fi.register.deploy;

import com.zaxxer.hikari.HikariDataSource;
import fi.register.evidence.Checkpoint;
import fi.register.evidence.CheckpointVerifyingKey;
import fi.register.evidence.EventTable;
import fi.register.evidence.HistoryVerification;
import fi.register.evidence.StoredEvent;
import fi.register.query.evidence.EvidenceSettings;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar register.jar verify --checkpoint <file> [--public-key <file>]}: proves offline that the event store
 * still holds exactly what a saved checkpoint covered (docs/architecture.md, "Tamper-evident history"). Run it while
 * the register is stopped, or on a copy of the data directory: the embedded database is one process's at a time.
 * <p>
 * The event store and the public key are found where the register finds them ({@code REGISTER_DATA_DIR},
 * {@code register.evidence.public-key-file}, {@code spring.datasource.*}, profiles), bound by Spring Boot in a
 * context that starts nothing else; {@code --public-key} names an auditor's own copy of the key instead.
 * Exit status: 0 verified, 1 the history differs or the checkpoint is not genuine, 2 the command could not run.
 * Prints counts, hashes and global indexes only, never an event's content.
 */
final class CheckpointVerificationCommand {

    static final String NAME = "verify";
    static final int VERIFIED = 0;
    static final int DIFFERS = 1;
    static final int UNUSABLE = 2;

    private CheckpointVerificationCommand() {
    }

    static int run(PrintStream out, String... args) {
        List<String> settingsArgs = new ArrayList<>();
        Path checkpointFile = null;
        Path publicKeyFile = null;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--checkpoint") || option.equals("--public-key")) {
                if (i + 1 >= args.length) {
                    out.println(option + " needs a file");
                    return UNUSABLE;
                }
                Path file = Path.of(args[++i]);
                if (option.equals("--checkpoint")) {
                    checkpointFile = file;
                } else {
                    publicKeyFile = file;
                }
            } else if (option.startsWith("--checkpoint=")) {
                checkpointFile = Path.of(option.substring("--checkpoint=".length()));
            } else if (option.startsWith("--public-key=")) {
                publicKeyFile = Path.of(option.substring("--public-key=".length()));
            } else {
                settingsArgs.add(option);
            }
        }
        if (checkpointFile == null || !Files.isRegularFile(checkpointFile)) {
            out.println("Usage: register.jar verify --checkpoint <file> [--public-key <file>] (no checkpoint file given or found)");
            return UNUSABLE;
        }
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(VerificationSettings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.config.name=" + RegisterApplication.CONFIG_NAMES,
                        // the pool's start and stop lines would interleave with the report
                        "logging.level.com.zaxxer.hikari=WARN")
                .run(settingsArgs.toArray(String[]::new))) {
            Path keyFile = publicKeyFile != null ? publicKeyFile : settings.getBean(EvidenceSettings.class).publicKeyFile();
            if (keyFile == null || !Files.isRegularFile(keyFile)) {
                out.println("No checkpoint public key at " + keyFile + ": give --public-key <file>");
                return UNUSABLE;
            }
            Checkpoint checkpoint = Checkpoint.read(checkpointFile);
            CheckpointVerifyingKey key = CheckpointVerifyingKey.load(keyFile);
            DataSourceProperties database = settings.getBean(DataSourceProperties.class);
            try (HikariDataSource eventStore = database.initializeDataSourceBuilder().type(HikariDataSource.class).build()) {
                return verify(checkpoint, key, new EventTable(eventStore), out);
            }
        } catch (RuntimeException e) {
            // the type only: a driver's message may quote a row
            out.println("Could not verify (" + e.getClass().getSimpleName() + "): is the register still running on this "
                    + "data directory? Stop it, or verify a copy.");
            return UNUSABLE;
        }
    }

    static int verify(Checkpoint checkpoint, CheckpointVerifyingKey key, EventTable events, PrintStream out) {
        out.printf("Checkpoint: %d events, root %s, time %s, key %s%n", checkpoint.treeSize(), checkpoint.rootHash(),
                checkpoint.time(), checkpoint.keyFingerprint());
        HistoryVerification verification = new HistoryVerification(checkpoint, key);
        long after = Long.MIN_VALUE;
        List<StoredEvent> page;
        do {
            page = events.after(after, EventTable.PAGE_ROWS);
            page.forEach(verification::read);
            after = page.isEmpty() ? after : page.get(page.size() - 1).globalIndex();
        } while (page.size() == EventTable.PAGE_ROWS);
        HistoryVerification.Result result = verification.result();
        if (result.verified()) {
            out.printf("VERIFIED: the history still holds exactly the %d events the checkpoint covered%s.%n",
                    result.treeSize(), result.firstUncoveredIndex() < 0 ? ""
                            : "; later events, from global index " + result.firstUncoveredIndex() + ", are not covered");
            return VERIFIED;
        }
        out.println("NOT VERIFIED:");
        result.findings().forEach(finding -> out.println("  " + finding));
        return DIFFERS;
    }

    /** Only the evidence and data source settings: no auto-configuration, so no store, server or processor starts. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({EvidenceSettings.class, DataSourceProperties.class})
    static class VerificationSettings {
    }
}
