package fi.register.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DESIGN.md: at no time does any file under the data directory (event store, snapshots,
 * projections, key store, logs) hold a registered person's personal data in clear text.
 * Registers customers with distinctive values, then reads every byte of every file, before and
 * after erasure, and again after a restart.
 */
class NoClearTextOnDiskTest {

    /** Invented values that cannot occur by chance in a file. */
    static final List<String> PERSONAL = List.of("Zorbuliina", "Kvaxmeyer", "Qwixotron", "0737546-2",
            "Vrolikatu 77", "zorbuliina.kvaxmeyer@example.test", "+358 44 765 4321", "+358 50 111 2233",
            "FI99QWIXOTRON", "Lomake-Zq-4711", "Yhteys-Plumbix");
    /** Not personal, kept in clear on purpose: proves the scan sees data the stores have flushed. */
    static final String NOTICE_VERSION = "NV-ZQX-2031";

    @TempDir
    Path dataDir;

    @Test
    void noFileUnderTheDataDirectoryHoldsPersonalDataBeforeOrAfterErasure() throws Exception {
        String person;
        String company;
        try (RunningRegister register = RunningRegister.start(dataDir)) {
            person = register.send("staff", "POST", "/api/customers", """
                    {"kind":"PERSON","firstName":"Zorbuliina","lastName":"Kvaxmeyer",
                     "address":{"street":"Vrolikatu 77","postalCode":"00700","city":"Helsinki","country":"FI"},
                     "email":"zorbuliina.kvaxmeyer@example.test","phone":"+358 44 765 4321",
                     "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""").json().get("customerId").asText();
            company = register.send("staff", "POST", "/api/customers", """
                    {"kind":"COMPANY","firstName":"Yhteys-Plumbix","lastName":"Kvaxmeyer","companyName":"Qwixotron Oy",
                     "businessId":"0737546-2",
                     "address":{"street":"Vrolikatu 77","postalCode":"00700","city":"Helsinki","country":"FI"},
                     "billing":{"eInvoiceAddress":"FI99QWIXOTRON","eInvoiceOperator":"BAWCFI22"},
                     "email":"laskutus.qwixotron@example.test","customerGroup":"FIRSTBEAT_ANALYSIS","language":"en"}""")
                    .json().get("customerId").asText();
            assertThat(register.send("staff", "POST", "/api/customers/" + person + "/consents", """
                    {"purpose":"HEALTH_DATA","evidence":{"method":"WRITTEN","reference":"Lomake-Zq-4711"},
                     "noticeVersion":"NV-ZQX-2031"}""").status()).isEqualTo(201);
            assertThat(register.send("staff", "PUT", "/api/customers/" + person,
                    "{\"phone\":\"+358 50 111 2233\"}").status()).isEqualTo(204);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    register.send("staff", "GET", "/api/customers/" + person, null).body())
                    .contains("Zorbuliina").contains("+358 50 111 2233").contains(NOTICE_VERSION));
            // Only once both stores have written the consent to disk does an empty scan mean anything.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    DataDirectoryScan.findings(dataDir, List.of(NOTICE_VERSION)))
                    .anyMatch(finding -> finding.startsWith("events"))
                    .anyMatch(finding -> finding.startsWith("projections")));
            assertThat(DataDirectoryScan.findings(dataDir, PERSONAL)).isEmpty();

            assertThat(register.send("dpo", "POST", "/api/customers/" + person + "/erasure", null).status()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    register.send("staff", "GET", "/api/customers/" + person, null).status()).isEqualTo(410));
            assertThat(DataDirectoryScan.findings(dataDir, PERSONAL)).isEmpty();
        }
        assertThat(DataDirectoryScan.findings(dataDir, PERSONAL)).isEmpty();
        assertThat(DataDirectoryScan.findings(dataDir, List.of(NOTICE_VERSION))).isNotEmpty();

        try (RunningRegister register = RunningRegister.start(dataDir)) {
            assertThat(register.send("staff", "GET", "/api/customers/" + person, null).status()).isEqualTo(410);
            RunningRegister.Response kept = register.send("staff", "GET", "/api/customers/" + company, null);
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.body()).contains("Qwixotron Oy").contains("0737546-2");
        }
        assertThat(DataDirectoryScan.findings(dataDir, PERSONAL)).isEmpty();
    }
}
