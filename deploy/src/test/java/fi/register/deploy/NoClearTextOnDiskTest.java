package fi.register.deploy;

import fi.register.testsupport.MovableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/design.md: at no time does any file under the data directory (event store, snapshots,
 * projections, key store, logs) hold a registered person's personal data in clear text.
 * Registers customers with distinctive values, then reads every byte of every file, before and
 * after erasure, and again after a restart.
 */
class NoClearTextOnDiskTest {

    /** Invented values that cannot occur by chance in a file. */
    static final List<String> PERSONAL = List.of("Zorbuliina", "Kvaxmeyer", "Qwixotron", "0737546-2",
            "Vrolikatu 77", "zorbuliina.kvaxmeyer@example.test", "+358 44 765 4321", "+358 50 111 2233",
            "FI99QWIXOTRON", "Lomake-Zq-4711", "Yhteys-Plumbix",
            // the interview (health data) and the date of birth kept for the FIRSTBEAT analysis
            "Uniongelma-Zworbatron", "Voimakkuus-Flimzadek", "1931-07-29",
            // a program recommendation and the feedback on it (health data)
            "Ohjelma-Snirfleplex", "Perustelu-Grombaxil", "Vaikutus-Quorblexia",
            // an order's delivery address, and the written permission for a disclosure
            "Toimitustie-Plonkvist 5", "Kirje-Zq-0815",
            // the company's e-mail address
            "laskutus.qwixotron@example.test",
            // a recipient outside the named parties, in the consent and the disclosure: personal (issue 10)
            "Zelbinora");
    /** A disclosure's recipient outside the named parties: the customer's relative, personal data. */
    static final String RECIPIENT = "Sisar Zelbinora, Vrolikatu 79";
    /** A named party's code: not personal, kept in clear, and the last thing written before the scan. */
    static final String NAMED_PARTY = "BOOKING_SYSTEM";
    /** Not personal, kept in clear on purpose: proves the scan sees data the stores have flushed. */
    static final String NOTICE_VERSION = "NV-ZQX-2031";

    /** The morning of the booking's day, so the booking lies ahead within the horizon and can be completed. */
    static final Instant BOOKING_DAY = Instant.parse("2026-12-01T06:00:00Z");

    @TempDir
    Path dataDir;

    /**
     * Everything the clinic does for a customer, with distinctive values: interview, booking and its completion,
     * recommendation, feedback, a Neurosonic device order (whose confirmation is composed and stored) and a disclosure
     * on written consent. Returns the order's id.
     */
    private static String recordWellnessServices(RunningRegister register, String person) throws Exception {
        String base = "/api/customers/" + person;
        assertThat(register.send("staff", "POST", base + "/interviews", """
                {"challenges":"Uniongelma-Zworbatron","programPreferences":"Voimakkuus-Flimzadek",
                 "services":["FIRSTBEAT_ANALYSIS","NEUROSONIC_TREATMENT"],"dateOfBirth":"1931-07-29"}""").status())
                .isEqualTo(201);
        String bookingId = register.send("staff", "POST", base + "/bookings", """
                {"service":"NEUROSONIC_TREATMENT","startsAt":"2026-12-01T10:00:00+02:00","channel":"PHONE"}""")
                .json().get("bookingId").asText();
        assertThat(register.send("staff", "POST", base + "/bookings/" + bookingId + "/completion", null).status())
                .isEqualTo(204);
        assertThat(register.send("staff", "POST", base + "/recommendations", """
                {"program":"Ohjelma-Snirfleplex","intensity":"kevyt","durationMinutes":30,
                 "rationale":"Perustelu-Grombaxil"}""").status()).isEqualTo(201);
        assertThat(register.send("staff", "POST", base + "/feedback", """
                {"program":"Ohjelma-Snirfleplex","effect":"Vaikutus-Quorblexia","rating":5}""").status()).isEqualTo(201);
        String orderId = register.send("staff", "POST", base + "/orders", """
                {"product":"NEUROSONIC_DEVICE","terms":"SALE","deliveryAddress":{"street":"Toimitustie-Plonkvist 5",
                 "postalCode":"00700","city":"Helsinki","country":"FI"}}""").json().get("orderId").asText();
        assertThat(register.send("staff", "POST", base + "/consents", """
                {"purpose":"DISCLOSURE","recipient":"Sisar Zelbinora, Vrolikatu 79",
                 "evidence":{"method":"WRITTEN","reference":"Kirje-Zq-0815"},"noticeVersion":"NV-ZQX-2031"}""").status())
                .isEqualTo(201);
        assertThat(register.send("staff", "POST", base + "/disclosures", """
                {"recipient":"sisar zelbinora,  Vrolikatu 79","fields":["NAME","EMAIL"]}""").status()).isEqualTo(201);
        assertThat(register.send("staff", "POST", base + "/disclosures", """
                {"recipient":"Tehden asiakashallintajärjestelmä (Avoinna24)","fields":["NAME"]}""").status())
                .isEqualTo(201);
        return orderId;
    }

    /** Both stores of the views: the default in memory (nothing on disk) and the file kept across restarts. */
    @ParameterizedTest(name = "views {0}")
    @ValueSource(strings = {"memory", "h2"})
    void noFileUnderTheDataDirectoryHoldsPersonalDataBeforeOrAfterErasure(String viewStore) throws Exception {
        String[] views = {"--register.mongo.embedded-backend=" + viewStore,
                "--register.mongo.batched-writes=" + "memory".equals(viewStore)};
        boolean viewsOnDisk = !"memory".equals(viewStore);
        String person;
        String company;
        try (RunningRegister register = RunningRegister.start(dataDir, new MovableClock(BOOKING_DAY), views)) {
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
            String orderId = recordWellnessServices(register, person);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    register.send("staff", "GET", "/api/customers/" + person, null).body())
                    .contains("Zorbuliina").contains("+358 50 111 2233").contains(NOTICE_VERSION)
                    .contains("Uniongelma-Zworbatron").contains("1931-07-29").contains("Vaikutus-Quorblexia")
                    .contains("Perustelu-Grombaxil").contains(RECIPIENT));
            // searches read the in-memory index; they must leave nothing in clear on disk either
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    register.send("staff", "GET", "/api/customers?q=0501112233", null).body()).contains(person));
            assertThat(register.send("staff", "GET", "/api/customers?q=zorbuliina", null).body()).contains(person);
            // the access copy shows it decrypted from the event store while the key lives
            assertThat(register.send("dpo", "GET", "/api/customers/" + person + "/export", null).body())
                    .contains(RECIPIENT).contains(NAMED_PARTY);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(register.send("staff", "GET",
                    "/api/customers/" + person + "/orders/" + orderId + "/confirmation", null).body())
                    .contains("Zorbuliina Kvaxmeyer").contains("Toimitustie-Plonkvist 5"));
            // Only once the stores on disk have written the last events does an empty scan mean anything.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<String> written = DataDirectoryScan.findings(dataDir, List.of(NOTICE_VERSION, NAMED_PARTY));
                assertThat(written).anyMatch(finding -> finding.startsWith("events") && finding.contains("value #1"));
                if (viewsOnDisk) {
                    assertThat(written).anyMatch(finding -> finding.startsWith("projections") && finding.contains("value #1"));
                }
            });
            if (!viewsOnDisk) {
                assertThat(dataDir.resolve("projections")).as("the views in memory only").doesNotExist();
            }
            assertThat(DataDirectoryScan.findings(dataDir, PERSONAL)).isEmpty();

            assertThat(register.send("dpo", "POST", "/api/customers/" + person + "/erasure", null).status()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    register.send("staff", "GET", "/api/customers/" + person, null).status()).isEqualTo(410));
            assertThat(register.send("dpo", "GET", "/api/customers/" + person + "/export", null).status()).isEqualTo(410);
            assertThat(register.send("staff", "GET", "/api/customers?q=zorbuliina", null).body()).doesNotContain(person);
            assertThat(DataDirectoryScan.findings(dataDir, PERSONAL)).isEmpty();
        }
        assertThat(DataDirectoryScan.findings(dataDir, PERSONAL)).isEmpty();
        assertThat(DataDirectoryScan.findings(dataDir, List.of(NOTICE_VERSION))).isNotEmpty();

        try (RunningRegister register = RunningRegister.start(dataDir, new MovableClock(BOOKING_DAY), views)) {
            assertThat(register.send("staff", "GET", "/api/customers/" + person, null).status()).isEqualTo(410);
            assertThat(register.send("staff", "GET", "/api/customers/" + person + "/feedback", null).status()).isEqualTo(410);
            RunningRegister.Response kept = register.send("staff", "GET", "/api/customers/" + company, null);
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.body()).contains("Qwixotron Oy").contains("0737546-2");
        }
        assertThat(DataDirectoryScan.findings(dataDir, PERSONAL)).isEmpty();
    }
}
