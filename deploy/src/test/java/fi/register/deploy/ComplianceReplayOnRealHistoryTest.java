package fi.register.deploy;

import fi.register.testsupport.MovableClock;
import com.fasterxml.jackson.databind.JsonNode;
import fi.register.command.retention.RetentionEnforcer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The compliance replay over a history the real command side recorded (consents, health data, disclosures on both
 * bases, a withdrawal, an erasure on request and one for retention): the register kept its promises, so the replay
 * finds nothing, and it still reads every event after both subjects' keys are gone.
 */
class ComplianceReplayOnRealHistoryTest {

    static final Instant T0 = Instant.parse("2026-05-04T07:00:00Z");
    static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Testi","lastName":"%s",
             "address":{"street":"Testikatu 9","postalCode":"00100","city":"Helsinki","country":"FI"},
             "email":"%s@example.test","customerGroup":"EMFIT_MONITORING","language":"fi"}""";

    @TempDir
    Path dataDir;

    @Test
    void theReplayOfARealHistoryHasNoFindings() throws Exception {
        MovableClock clock = new MovableClock(T0);
        try (RunningRegister register = RunningRegister.start(dataDir, clock, "--register.retention.enforce-automatically=false")) {
            String asked = created(register, "POST", "/api/customers", CUSTOMER.formatted("Pyytäjä", "pyytaja"), "customerId");
            String health = created(register, "POST", "/api/customers/" + asked + "/consents", """
                    {"purpose":"HEALTH_DATA","evidence":{"method":"ELECTRONIC","reference":"web form 1"},"noticeVersion":"2026-01"}""",
                    "consentId");
            String interview = created(register, "POST", "/api/customers/" + asked + "/interviews",
                    "{\"challenges\":\"uni\",\"services\":[\"EMFIT_MONITORING\"]}", "interviewId");
            // a correction writes health data anew, on the consent in force (issue 12)
            assertThat(register.send("staff", "PATCH", "/api/customers/" + asked + "/interviews/" + interview,
                    "{\"challenges\":\"uni ja stressi\",\"programPreferences\":null}").status()).isEqualTo(204);
            String order = created(register, "POST", "/api/customers/" + asked + "/orders", """
                    {"product":"EMFIT_MONITOR","terms":"RENTAL","deliveryAddress":{"street":"Testikatu 9",
                     "postalCode":"00100","city":"Helsinki","country":"FI"}}""", "orderId");
            assertThat(register.send("staff", "PATCH", "/api/customers/" + asked + "/orders/" + order, """
                    {"deliveryAddress":{"street":"Testikatu 10","postalCode":"00100","city":"Helsinki","country":"FI"}}""")
                    .status()).isEqualTo(204);
            created(register, "POST", "/api/customers/" + asked + "/disclosures",
                    "{\"recipient\":\"Emfit Oy\",\"fields\":[\"NAME\",\"ADDRESS\"]}", "disclosureId");
            created(register, "POST", "/api/customers/" + asked + "/consents", """
                    {"purpose":"DISCLOSURE","recipient":"Vakuutus Oy","evidence":{"method":"WRITTEN","reference":"paper 2"},
                     "noticeVersion":"2026-01"}""", "consentId");
            created(register, "POST", "/api/customers/" + asked + "/disclosures",
                    "{\"recipient\":\"Vakuutus Oy\",\"fields\":[\"EMAIL\"]}", "disclosureId");
            assertThat(register.send("staff", "DELETE", "/api/customers/" + asked + "/consents/" + health, null).status())
                    .isEqualTo(204);
            assertThat(register.send("dpo", "POST", "/api/customers/" + asked + "/erasure", null).status()).isEqualTo(204);

            String expiring = created(register, "POST", "/api/customers", CUSTOMER.formatted("Vanheneva", "vanheneva"), "customerId");
            clock.set(T0.atOffset(ZoneOffset.UTC).plusMonths(24).toInstant());
            assertThat(register.bean(RetentionEnforcer.class).enforce().erased()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    register.send("staff", "GET", "/api/customers/" + expiring, null).status()).isEqualTo(410));

            RunningRegister.Response response = register.send("dpo", "POST", "/api/compliance/replay", null);

            assertThat(response.status()).isEqualTo(200);
            JsonNode report = response.json();
            assertThat(report.path("findings")).isEmpty();
            assertThat(report.path("subjects").asLong()).isEqualTo(2);
            assertThat(report.path("checks").path("HEALTH_DATA_WITHOUT_CONSENT").asLong()).isEqualTo(2);
            assertThat(report.path("checks").path("DISCLOSURE_WITHOUT_BASIS").asLong()).isEqualTo(2);
            assertThat(report.path("checks").path("KEPT_PAST_RETENTION").asLong()).isEqualTo(2);
            assertThat(report.path("checks").path("ERASED_BEFORE_RETENTION_DUE").asLong()).isEqualTo(1);
            assertThat(response.body()).doesNotContain("Pyytäjä", "pyytaja@", "Vanheneva", "Testikatu");

            // the trail is an index that follows the store within the projections' lag
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(register.send("dpo", "GET",
                    "/api/audit?customerId=" + asked, null).json().path("entries").findValuesAsText("eventType"))
                    .contains("InterviewRecordedEvent", "InterviewRectifiedEvent", "DeliveryAddressRectifiedEvent",
                            "ConsentWithdrawnEvent", "SubjectErasedEvent"));
        }
    }

    private static String created(RunningRegister register, String method, String path, String body, String idField)
            throws Exception {
        RunningRegister.Response response = register.send("staff", method, path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.json().get(idField).asText();
    }
}
