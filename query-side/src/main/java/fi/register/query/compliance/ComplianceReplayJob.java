package fi.register.query.compliance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.register.autoconfigure.parties.NamedParties;
import fi.register.crypto.CryptoShreddingSerializer;
import fi.register.crypto.DataKeyStore;
import fi.register.crypto.PersonalDataCipher;
import fi.register.evidence.EventTable;
import fi.register.events.upcasting.RecipientUpcaster;
import fi.register.query.evidence.EvidenceSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;

import javax.crypto.SecretKey;
import javax.sql.DataSource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The compliance replay as a job ({@code register.jar compliance-replay}): the same replay, checks and report as
 * {@code POST /api/compliance/replay}, run over the event table of a stopped register (or a copy of its data
 * directory) without starting the register. No key is opened: the events are read with personal fields sealed,
 * so the job needs neither the master key nor the key table. Exit status: {@link #CLEAN}, {@link #FINDINGS}, or
 * {@link #UNUSABLE} (the command line's to decide, for what it could not even start).
 */
public final class ComplianceReplayJob {

    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int UNUSABLE = 2;

    public enum Format { JSON, TEXT }

    /**
     * The settings the job binds from the register's own files, profiles and environment, and nothing else: no
     * auto-configuration, so no web server, store client or processor starts. Deliberately not a
     * {@code @Configuration}, so the register's component scan never picks it up.
     */
    @EnableConfigurationProperties({RetentionSettings.class, ComplianceSettings.class, NamedParties.class,
            EvidenceSettings.class, SubjectRequestSettings.class})
    public static class Settings {
    }

    /** The sealed reader never asks for a key; a store that has none makes sure of it. */
    private static final DataKeyStore NO_KEYS = new DataKeyStore() {
        @Override
        public SecretKey keyFor(UUID subjectId) {
            throw new IllegalStateException("The compliance replay opens no key");
        }

        @Override
        public Optional<SecretKey> find(UUID subjectId) {
            throw new IllegalStateException("The compliance replay opens no key");
        }

        @Override
        public void destroy(UUID subjectId) {
            throw new IllegalStateException("The compliance replay erases nothing");
        }

        @Override
        public boolean isDestroyed(UUID subjectId) {
            throw new IllegalStateException("The compliance replay opens no key");
        }
    };

    private final ComplianceReplay replay;

    /**
     * @param settings       a context started from {@link Settings}
     * @param eventStore     the database holding the event table
     * @param checkpointFile the checkpoint to verify the Merkle log against; null for the configured one, if any
     */
    public ComplianceReplayJob(ApplicationContext settings, DataSource eventStore, Path checkpointFile, Clock clock) {
        NamedParties parties = settings.getBean(NamedParties.class);
        ComplianceSettings compliance = settings.getBean(ComplianceSettings.class);
        CryptoShreddingSerializer sealed = CryptoShreddingSerializer.create(new PersonalDataCipher(NO_KEYS))
                .leavingPersonalDataSealed();
        // a legacy recipient text reads as erased, as any other personal field does here: the replay needs none
        RecipientUpcaster upcaster = new RecipientUpcaster(parties, subjectId -> false);
        MerkleLogCheck merkleLog = MerkleLogCheck.of(new EventTable(eventStore),
                checkpointFile != null ? checkpointFile : compliance.checkpointFile(),
                settings.getBean(EvidenceSettings.class).publicKeyFile());
        this.replay = new ComplianceReplay(new EventTableHistory(eventStore, sealed, () -> upcaster), clock,
                settings.getBean(RetentionSettings.class), compliance, parties, merkleLog,
                settings.getBean(SubjectRequestSettings.class));
    }

    /**
     * Replays the history as of {@code asOf} (null: all of it, judged now) and prints the report.
     *
     * @return {@link #CLEAN} without findings, {@link #FINDINGS} with any
     */
    public int run(Instant asOf, Format format, PrintStream out) {
        ComplianceReport report = replay.replay(asOf);
        if (format == Format.JSON) {
            out.println(json(report));
        } else {
            printText(report, asOf, out);
        }
        return report.findings().isEmpty() ? CLEAN : FINDINGS;
    }

    /** The same document {@code POST /api/compliance/replay} answers. */
    private static String json(ComplianceReport report) {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        try {
            return mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report could not be written as JSON", e);
        }
    }

    private static void printText(ComplianceReport report, Instant asOf, PrintStream out) {
        out.printf("Compliance replay of the history %s: %d events, %d subjects%n",
                asOf == null ? "up to " + report.checkedAt() : "as of " + asOf, report.replayedEvents(), report.subjects());
        report.checks().forEach((rule, checked) -> out.printf("  %-30s %s%n", rule,
                rule == ComplianceRule.HISTORY_DOES_NOT_VERIFY && checked == 0
                        ? "not checked (no checkpoint: give --checkpoint <file>)" : checked + " checked"));
        if (report.findings().isEmpty()) {
            out.println("No findings.");
            return;
        }
        out.printf("FINDINGS (%d):%n", report.findings().size());
        for (Finding finding : report.findings()) {
            out.printf("  %s subject %s event %s at %s: %s%n", finding.rule(),
                    finding.customerId() == null ? "-" : finding.customerId(),
                    finding.eventSequence() < 0 ? "-" : finding.eventSequence(), finding.at(), finding.detail());
        }
    }
}
