package fi.register.deploy;

import fi.register.command.customer.Customer;
import fi.register.testsupport.MovableClock;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A subject whose history is longer than the snapshot threshold has a snapshot in the event store, and still no file
 * under the data directory holds its personal data in clear: the snapshot keeps only what decisions need. After the
 * erasure a snapshot taken without the key holds nothing of the subject but ids, codes and times, and the register
 * still answers 410 for it.
 */
class SnapshotOnDiskTest {

    static final int AFTER_EVENTS = 5;
    /** Invented values that cannot occur by chance in a file. */
    static final List<String> PERSONAL = personalValues();
    /** A property holding the consents' free-text recipients: in the snapshot, its value sealed. */
    static final String RECIPIENTS = "consentRecipients";
    /** A property only a snapshot of the subject has: once it is on disk, so is the snapshot. */
    static final String SNAPSHOT_ONLY = "retentionMeasuredFrom";

    @TempDir
    Path dataDir;

    private static List<String> personalValues() {
        List<String> values = new ArrayList<>(List.of("Snapvoriina", "Kvistbergh", "Tilannekatu 41",
                "snapvoriina.kvistbergh@example.test", "Lomake-Sn-4242", "Kirje-Sn-0815",
                // a consent's recipient outside the named parties: personal, sealed in the snapshot too (issue 10)
                "Snapvath"));
        for (int i = 0; i < 2 * AFTER_EVENTS; i++) {
            values.add(phone(i));
        }
        return List.copyOf(values);
    }

    private static String phone(int i) {
        return "+358 44 765 98" + (10 + i);
    }

    @Test
    void noFileHoldsPersonalDataWhileASnapshotStandsInForTheHistoryNorAfterErasure() throws Exception {
        String person;
        try (RunningRegister register = RunningRegister.start(dataDir, new MovableClock(Instant.parse("2026-11-25T10:00:00Z")),
                "--register.snapshots.after-events=" + AFTER_EVENTS)) {
            person = register.send("staff", "POST", "/api/customers", """
                    {"kind":"PERSON","firstName":"Snapvoriina","lastName":"Kvistbergh",
                     "address":{"street":"Tilannekatu 41","postalCode":"00700","city":"Helsinki","country":"FI"},
                     "email":"snapvoriina.kvistbergh@example.test",
                     "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""").json().get("customerId").asText();
            String base = "/api/customers/" + person;
            assertThat(register.send("staff", "POST", base + "/consents", """
                    {"purpose":"HEALTH_DATA","evidence":{"method":"WRITTEN","reference":"Lomake-Sn-4242"},
                     "noticeVersion":"2018-05"}""").status()).isEqualTo(201);
            assertThat(register.send("staff", "POST", base + "/consents", """
                    {"purpose":"DISCLOSURE","recipient":"Snapvath Oy","evidence":{"method":"WRITTEN","reference":"Kirje-Sn-0815"},
                     "noticeVersion":"2018-05"}""").status()).isEqualTo(201);
            for (int i = 0; i < 2 * AFTER_EVENTS; i++) {
                assertThat(register.send("staff", "PUT", base, "{\"phone\":\"" + phone(i) + "\"}").status()).isEqualTo(204);
            }

            JdbcTemplate jdbc = register.bean(JdbcTemplate.class);
            assertThat(snapshot(jdbc, person)).as("a snapshot stands in for the history")
                    .contains(RECIPIENTS, SNAPSHOT_ONLY, "\"erased\":false")
                    .doesNotContain(PERSONAL.toArray(String[]::new));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    DataDirectoryScan.findings(dataDir, List.of(SNAPSHOT_ONLY)))
                    .anyMatch(finding -> finding.startsWith("events")));
            assertThat(DataDirectoryScan.findings(dataDir, PERSONAL)).isEmpty();

            assertThat(register.send("dpo", "POST", base + "/erasure", null).status()).isEqualTo(204);
            register.bean(Snapshotter.class).scheduleSnapshot(Customer.class, person);
            assertThat(snapshot(jdbc, person)).as("the snapshot taken without the key")
                    .contains("\"erased\":true")
                    .doesNotContain(PERSONAL.toArray(String[]::new));
            assertThat(register.send("staff", "PUT", base, "{\"phone\":\"" + phone(0) + "\"}").status()).isEqualTo(410);
            assertThat(DataDirectoryScan.findings(dataDir, PERSONAL)).isEmpty();
        }
        assertThat(DataDirectoryScan.findings(dataDir, PERSONAL)).isEmpty();
    }

    /** The subject's snapshot payload as stored, as text. */
    private static String snapshot(JdbcTemplate jdbc, String customerId) {
        byte[] payload = jdbc.queryForObject("select payload from snapshot_event_entry where aggregate_identifier = ?",
                byte[].class, customerId);
        return new String(payload, StandardCharsets.UTF_8);
    }
}
