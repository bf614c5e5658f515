package fi.register.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.crypto.CryptoShreddingSerializer;
import fi.register.events.EventMetadata;
import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import fi.register.events.subjectrequest.SubjectRequestAnsweredEvent;
import fi.register.events.subjectrequest.SubjectRequestChannel;
import fi.register.events.subjectrequest.SubjectRequestKind;
import fi.register.events.subjectrequest.SubjectRequestOutcome;
import fi.register.events.subjectrequest.SubjectRequestReceivedEvent;
import fi.register.evidence.Checkpoint;
import fi.register.testsupport.MovableClock;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code register.jar compliance-replay} on a data directory the real register wrote (a customer with a HEALTH_DATA
 * consent, an interview and a recommendation, then the consent withdrawn; another customer), with a checkpoint the
 * DPO saved. Then, on copies of it, findings planted straight into the event table with plain JDBC, bypassing the
 * command side, as an intruder or a broken past version would. Each is found, named by rule, subject and event, and
 * the exit status says so; nothing personal is printed.
 */
class ComplianceReplayCommandTest {

    /** The register's clock: after the events' own (system) time stamps, so with no settle time every event is settled. */
    static final Instant NOW = Instant.parse("2099-01-01T00:00:00Z");
    /** A real-looking personal identity code (check character right), made up. */
    static final String IDENTITY_CODE = "131052-308T";
    static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Testi","lastName":"Ajastettava","email":"ajastettava%d@example.test",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";
    static final JacksonSerializer PLAIN = JacksonSerializer.builder()
            .objectMapper(CryptoShreddingSerializer.objectMapper()).build();

    @TempDir
    static Path recorded;
    @TempDir
    Path copy;

    static UUID consenting;
    static String withdrawnConsent;
    static UUID other;
    static Path checkpointFile;

    @BeforeAll
    static void recordAHistoryAndSaveACheckpoint() throws Exception {
        try (RunningRegister register = RunningRegister.start(recorded, new MovableClock(NOW),
                "--register.evidence.settle-time=PT0S", "--register.retention.enforce-automatically=false")) {
            consenting = UUID.fromString(created(register, "/api/customers", CUSTOMER.formatted(1), "customerId"));
            other = UUID.fromString(created(register, "/api/customers", CUSTOMER.formatted(2), "customerId"));
            String base = "/api/customers/" + consenting;
            withdrawnConsent = created(register, base + "/consents", """
                    {"purpose":"HEALTH_DATA","evidence":{"method":"ELECTRONIC","reference":"lomake 7"},"noticeVersion":"2026-01"}""",
                    "consentId");
            created(register, base + "/interviews", "{\"challenges\":\"uni\",\"services\":[\"EMFIT_MONITORING\"]}", "interviewId");
            created(register, base + "/recommendations",
                    "{\"program\":\"Ohjelma-Ajastus\",\"intensity\":\"kevyt\",\"durationMinutes\":30}", "recommendationId");
            assertThat(register.send("staff", "DELETE", base + "/consents/" + withdrawnConsent, null).status()).isEqualTo(204);
            RunningRegister.Response latest = register.send("dpo", "GET", "/api/checkpoints/latest", null);
            assertThat(latest.status()).isEqualTo(200);
            checkpointFile = recorded.resolve("saved-checkpoint.json");
            Files.writeString(checkpointFile, latest.body());
        }
    }

    @Test
    void exitsZeroWithNoFindings_OnTheHistoryTheRegisterWrote() throws Exception {
        Run text = replay(copyOfTheRecordedHistory());
        Run json = replay(copyOfTheRecordedHistory(), "--format", "json");

        assertThat(text.status()).isEqualTo(0);
        assertThat(text.output()).contains("No findings.", "PERSONAL_IDENTITY_CODE_STORED", "HEALTH_DATA_WITHOUT_CONSENT")
                .doesNotContain("Ajastettava", "ajastettava", "Ohjelma-Ajastus", "lomake 7");
        assertThat(json.status()).isEqualTo(0);
        JsonNode report = json.json();
        assertThat(report.path("findings")).isEmpty();
        assertThat(report.path("subjects").asLong()).isEqualTo(2);
        assertThat(report.path("checks").path("HEALTH_DATA_WITHOUT_CONSENT").asLong())
                .as("the interview and the recommendation").isEqualTo(2);
        assertThat(report.path("checks").path("PERSONAL_IDENTITY_CODE_STORED").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(report.path("checks").path("HISTORY_DOES_NOT_VERIFY").asLong()).as("no checkpoint given").isZero();
    }

    @Test
    void exitsOneNamingTheEvent_WhenAReadableFieldHoldsAPersonalIdentityCode() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        long sequence = plant(dataDir, other, new ServiceProvidedEvent(other, UUID.randomUUID(), "EMFIT " + IDENTITY_CODE,
                ServiceEventKind.TREATMENT_GIVEN, NOW), LegalBasis.CONTRACT, null, Instant.parse("2031-06-01T00:00:00Z"));

        Run run = replay(dataDir, "--format", "json");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.output()).doesNotContain(IDENTITY_CODE);
        JsonNode finding = onlyFinding(run.json());
        assertThat(finding.path("rule").asText()).isEqualTo("PERSONAL_IDENTITY_CODE_STORED");
        assertThat(finding.path("customerId").asText()).isEqualTo(other.toString());
        assertThat(finding.path("eventSequence").asLong()).isEqualTo(sequence);
        assertThat(finding.path("detail").asText()).contains("ServiceProvidedEvent", "[service]");
    }

    @Test
    void findsTheCode_WhenAPastVersionWroteAPersonalFieldUnsealed() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        UUID subject = UUID.randomUUID();
        plant(dataDir, subject, new CustomerRegisteredEvent(subject, CustomerKind.PERSON, "Testi", "Ajastettava", null, null,
                null, null, null, "040 " + IDENTITY_CODE, "EMFIT_MONITORING", "fi", NOW), LegalBasis.CONTRACT, null,
                Instant.parse("2031-06-01T00:00:00Z"));

        Run run = replay(dataDir);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.output()).contains("PERSONAL_IDENTITY_CODE_STORED subject " + subject + " event 0",
                "CustomerRegisteredEvent: readable field [phone]").doesNotContain(IDENTITY_CODE, "Ajastettava");
    }

    @Test
    void exitsOne_WhenARecommendationWasRecordedAfterTheHealthDataConsentWasWithdrawn() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        long sequence = plant(dataDir, consenting, new ProgramRecommendedEvent(consenting, UUID.randomUUID(), null, null, 20,
                null, NOW), LegalBasis.CONSENT, withdrawnConsent, Instant.parse("2031-06-01T00:00:00Z"));

        Run run = replay(dataDir, "--format", "json");

        assertThat(run.status()).isEqualTo(1);
        JsonNode finding = onlyFinding(run.json());
        assertThat(finding.path("rule").asText()).isEqualTo("HEALTH_DATA_WITHOUT_CONSENT");
        assertThat(finding.path("customerId").asText()).isEqualTo(consenting.toString());
        assertThat(finding.path("eventSequence").asLong()).isEqualTo(sequence);
        assertThat(finding.path("detail").asText()).contains("ProgramRecommendedEvent",
                "consent " + withdrawnConsent + " was withdrawn before");
    }

    @Test
    void verifiesTheMerkleLog_WhenOnlyEventsAfterTheCheckpointWereAdded() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        plant(dataDir, other, new ServiceProvidedEvent(other, UUID.randomUUID(), "EMFIT_MONITORING", ServiceEventKind.TREATMENT_GIVEN,
                NOW), LegalBasis.CONTRACT, null, Instant.parse("2031-06-01T00:00:00Z"));

        Run run = replay(dataDir, "--checkpoint", checkpointFile.toString(), "--format", "json");

        assertThat(run.status()).isEqualTo(0);
        assertThat(run.json().path("checks").path("HISTORY_DOES_NOT_VERIFY").asLong())
                .isEqualTo(Checkpoint.read(checkpointFile).treeSize());
    }

    @Test
    void exitsOneNamingTheEvent_WhenAnEventTheCheckpointCoveredWasBackdated() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        long event = Checkpoint.read(checkpointFile).coveredEvents().get(3).globalIndex();
        execute(dataDir, "UPDATE domain_event_entry SET time_stamp = '2020-01-01T00:00:00Z' WHERE global_index = " + event);

        Run run = replay(dataDir, "--checkpoint", checkpointFile.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.output()).contains("HISTORY_DOES_NOT_VERIFY subject - event - at", "event " + event + " was changed");
    }

    @Test
    void judgesTheHistoryAsItStood_IgnoringEventsRecordedAfterAsOf() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        Instant planted = Instant.parse("2031-06-01T00:00:00Z");
        plant(dataDir, other, new ServiceProvidedEvent(other, UUID.randomUUID(), IDENTITY_CODE, ServiceEventKind.TREATMENT_GIVEN, NOW),
                LegalBasis.CONTRACT, null, planted);

        Run before = replay(dataDir, "--as-of", planted.minusSeconds(1).toString());
        Run at = replay(dataDir, "--as-of", planted.toString());

        assertThat(before.status()).isEqualTo(0);
        assertThat(before.output()).contains("as of " + planted.minusSeconds(1), "No findings.");
        assertThat(at.status()).isEqualTo(1);
        assertThat(at.output()).contains("PERSONAL_IDENTITY_CODE_STORED subject " + other);
    }

    @Test
    void findsNoRetentionFinding_UntilTheDeadlineAndItsGraceHavePassedAsOf() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        UUID subject = UUID.randomUUID();
        Instant registered = Instant.parse("2030-01-01T00:00:00Z");
        plant(dataDir, subject, new CustomerRegisteredEvent(subject, CustomerKind.PERSON, null, null, null, null, null, null,
                null, null, "EMFIT_MONITORING", "fi", registered), LegalBasis.CONTRACT, null, registered);
        // 24 months, then the default grace of a day
        Instant late = registered.atOffset(ZoneOffset.UTC).plusMonths(24).plusDays(1).toInstant();

        Run onTheEdge = replay(dataDir, "--as-of", late.toString(), "--format", "json");
        Run past = replay(dataDir, "--as-of", late.plusSeconds(1).toString(), "--format", "json");

        assertThat(onTheEdge.status()).isEqualTo(0);
        assertThat(onTheEdge.json().path("subjects").asLong()).as("the register's customers and the planted one").isEqualTo(3);
        assertThat(past.status()).isEqualTo(1);
        JsonNode finding = onlyFinding(past.json());
        assertThat(finding.path("rule").asText()).isEqualTo("KEPT_PAST_RETENTION");
        assertThat(finding.path("customerId").asText()).isEqualTo(subject.toString());
    }

    /** GDPR Art. 12(3): three requests arrived together; one answered on its deadline, one a second late, one never. */
    private long[] plantSubjectRequests(Path dataDir, Instant received) throws SQLException {
        Instant deadline = received.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
        UUID onTime = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID neverAnswered = UUID.randomUUID();
        for (UUID request : List.of(onTime, late)) {
            plant(dataDir, other, new SubjectRequestReceivedEvent(other, request, SubjectRequestKind.ACCESS,
                    SubjectRequestChannel.EMAIL, received, deadline), LegalBasis.LEGAL_OBLIGATION, null, received);
        }
        long arrival = plant(dataDir, other, new SubjectRequestReceivedEvent(other, neverAnswered,
                SubjectRequestKind.RECTIFICATION, SubjectRequestChannel.LETTER, received, deadline),
                LegalBasis.LEGAL_OBLIGATION, null, received);
        plant(dataDir, other, new SubjectRequestAnsweredEvent(other, onTime, SubjectRequestKind.ACCESS,
                SubjectRequestOutcome.FULFILLED, deadline), LegalBasis.LEGAL_OBLIGATION, null, deadline);
        long lateAnswer = plant(dataDir, other, new SubjectRequestAnsweredEvent(other, late, SubjectRequestKind.ACCESS,
                SubjectRequestOutcome.FULFILLED, deadline.plusSeconds(1)), LegalBasis.LEGAL_OBLIGATION, null,
                deadline.plusSeconds(1));
        return new long[] {lateAnswer, arrival};
    }

    @Test
    void findsARequestAnsweredLate_AndOneOpenPastItsDeadline_ButNotOneAnsweredOnTime() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        Instant received = Instant.parse("2030-01-31T09:00:00Z");
        long[] sequences = plantSubjectRequests(dataDir, received);

        Run run = replay(dataDir, "--format", "json");

        assertThat(run.status()).isEqualTo(1);
        JsonNode findings = run.json().path("findings");
        assertThat(findings.findValuesAsText("rule")).containsOnly("SUBJECT_REQUEST_NOT_ANSWERED_IN_TIME").hasSize(2);
        assertThat(findings.findValuesAsText("customerId")).containsOnly(other.toString());
        assertThat(findings.findValues("eventSequence")).extracting(JsonNode::asLong)
                .containsExactlyInAnyOrder(sequences[0], sequences[1]);
        // February has no 31st: one month from January 31 is February 28, on the UTC calendar
        assertThat(findings.toString()).contains("2030-02-28T09:00:00Z");
        assertThat(run.json().path("checks").path("SUBJECT_REQUEST_NOT_ANSWERED_IN_TIME").asLong()).isEqualTo(3);
    }

    @Test
    void findsNoLateRequest_AsOfTheDeadline_AndBothASecondAfter() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        Instant received = Instant.parse("2030-01-31T09:00:00Z");
        Instant deadline = Instant.parse("2030-02-28T09:00:00Z");
        plantSubjectRequests(dataDir, received);

        Run atTheDeadline = replay(dataDir, "--as-of", deadline.toString());
        Run aSecondAfter = replay(dataDir, "--as-of", deadline.plusSeconds(1).toString());

        // the late answer was not recorded yet, and no request was open past its deadline
        assertThat(atTheDeadline.status()).isEqualTo(0);
        assertThat(atTheDeadline.output()).contains("No findings.");
        assertThat(aSecondAfter.status()).isEqualTo(1);
        assertThat(aSecondAfter.output()).contains("FINDINGS (2)", "SUBJECT_REQUEST_NOT_ANSWERED_IN_TIME subject " + other);
    }

    @Test
    void answersTheSameFindingsOverHttp_WithTheNewRulesAndTheConfiguredCheckpoint() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();
        long backdated = Checkpoint.read(checkpointFile).coveredEvents().get(2).globalIndex();
        execute(dataDir, "UPDATE domain_event_entry SET time_stamp = '2020-01-01T00:00:00Z' WHERE global_index = " + backdated);
        plant(dataDir, other, new ServiceProvidedEvent(other, UUID.randomUUID(), IDENTITY_CODE,
                ServiceEventKind.TREATMENT_GIVEN, NOW), LegalBasis.CONTRACT, null, Instant.parse("2031-06-01T00:00:00Z"));

        JsonNode overHttp;
        try (RunningRegister register = RunningRegister.start(dataDir, new MovableClock(NOW),
                "--register.retention.enforce-automatically=false",
                "--register.compliance.checkpoint-file=" + checkpointFile)) {
            RunningRegister.Response response = register.send("dpo", "POST", "/api/compliance/replay", null);
            assertThat(response.status()).isEqualTo(200);
            overHttp = response.json();
        }
        Run job = replay(dataDir, "--checkpoint", checkpointFile.toString(), "--format", "json");

        assertThat(overHttp.path("findings").findValuesAsText("rule"))
                .containsExactlyInAnyOrder("HISTORY_DOES_NOT_VERIFY", "PERSONAL_IDENTITY_CODE_STORED");
        assertThat(overHttp.path("checks").path("HISTORY_DOES_NOT_VERIFY").asLong())
                .isEqualTo(Checkpoint.read(checkpointFile).treeSize());
        assertThat(job.status()).isEqualTo(1);
        assertThat(job.json().path("findings")).isEqualTo(overHttp.path("findings"));
    }

    @Test
    void exitsTwo_OnAUsageError() throws Exception {
        Path dataDir = copyOfTheRecordedHistory();

        assertThat(replay(dataDir, "--as-of", "yesterday").status()).isEqualTo(2);
        assertThat(replay(dataDir, "--format", "xml").status()).isEqualTo(2);
        assertThat(replay(dataDir, "--as-of").status()).isEqualTo(2);
        Run missing = replay(dataDir, "--checkpoint", copy.resolve("none.json").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.output()).contains("Usage");
    }

    @Test
    void exitsTwo_WhenThereIsNoEventStoreToRead() {
        assertThat(replay(copy.resolve("empty")).status()).isEqualTo(2);
    }

    private static JsonNode onlyFinding(JsonNode report) {
        assertThat(report.path("findings")).hasSize(1);
        return report.path("findings").get(0);
    }

    private static String created(RunningRegister register, String path, String body, String idField) throws Exception {
        RunningRegister.Response response = register.send("staff", "POST", path, body);
        assertThat(response.status()).as(path).isEqualTo(201);
        return response.json().path(idField).asText();
    }

    /**
     * Appends an event to the subject's stream in the event table, serialized as a past version without sealing
     * would have (plain Jackson, personal fields in clear).
     *
     * @return its sequence number in the subject's stream
     */
    private static long plant(Path dataDir, UUID subject, Object payload, LegalBasis basis, String consentId, Instant at)
            throws SQLException {
        Map<String, String> metadata = new java.util.HashMap<>(Map.of(EventMetadata.ACTOR, "intruder",
                EventMetadata.LEGAL_BASIS, basis.name()));
        if (consentId != null) {
            metadata.put(EventMetadata.CONSENT_ID, consentId);
        }
        SerializedObject<byte[]> serialized = PLAIN.serialize(payload, byte[].class);
        try (Connection store = dataSource(dataDir).getConnection()) {
            long sequence = single(store, "SELECT COALESCE(MAX(sequence_number) + 1, 0) FROM domain_event_entry "
                    + "WHERE aggregate_identifier = '" + subject + "'");
            long globalIndex = single(store, "SELECT MAX(global_index) + 1 FROM domain_event_entry");
            try (PreparedStatement insert = store.prepareStatement("INSERT INTO domain_event_entry (global_index, "
                    + "event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp, "
                    + "aggregate_identifier, sequence_number, type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Customer')")) {
                insert.setLong(1, globalIndex);
                insert.setString(2, UUID.randomUUID().toString());
                insert.setBytes(3, PLAIN.serialize(MetaData.from(metadata), byte[].class).getData());
                insert.setBytes(4, serialized.getData());
                insert.setString(5, serialized.getType().getRevision());
                insert.setString(6, serialized.getType().getName());
                insert.setString(7, at.toString());
                insert.setString(8, subject.toString());
                insert.setLong(9, sequence);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            try (Statement statement = store.createStatement()) {
                // Hibernate hands out global indexes from this sequence: a register started here appends after ours
                statement.execute("ALTER SEQUENCE domain_event_entry_seq RESTART WITH " + (globalIndex + 100));
            }
            return sequence;
        }
    }

    private static long single(Connection store, String query) throws SQLException {
        try (Statement statement = store.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(Path dataDir, String sql) throws SQLException {
        try (Connection store = dataSource(dataDir).getConnection(); Statement statement = store.createStatement()) {
            assertThat(statement.executeUpdate(sql)).as(sql).isEqualTo(1);
        }
    }

    private static JdbcDataSource dataSource(Path dataDir) {
        JdbcDataSource eventStore = new JdbcDataSource();
        eventStore.setURL("jdbc:h2:file:" + dataDir.resolve("events/register") + ";DB_CLOSE_ON_EXIT=FALSE");
        eventStore.setUser("register");
        return eventStore;
    }

    private Path copyOfTheRecordedHistory() throws IOException {
        Path dataDir = copy.resolve("data-" + UUID.randomUUID());
        try (Stream<Path> files = Files.walk(recorded)) {
            for (Path file : files.toList()) {
                Path target = dataDir.resolve(recorded.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return dataDir;
    }

    /** The command as {@code java -jar register.jar compliance-replay ...} runs it, with the register's clock. */
    private static Run replay(Path dataDir, String... options) {
        List<String> args = new ArrayList<>(List.of(ComplianceReplayCommand.NAME, "--register.data-dir=" + dataDir));
        args.addAll(List.of(options));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = ComplianceReplayCommand.run(new PrintStream(output, true, StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC), args.toArray(String[]::new));
        return new Run(status, output.toString(StandardCharsets.UTF_8));
    }

    record Run(int status, String output) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(output);
        }
    }
}
