package fi.register.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12: {"phone": null} as a JSON Merge Patch clears the phone of a customer who has an e-mail address, through
 * the register as it runs: the view reads it back absent, the search no longer finds the customer by it, the fields
 * the patch left out keep their values, and the e-mail address, now the last way to reach the customer, cannot go.
 */
class RectificationByMergePatchTest {

    private static final Map<String, String> MERGE_PATCH = Map.of("Content-Type", "application/merge-patch+json");

    @TempDir
    Path dataDir;

    @Test
    void clearsThePhone_AndTheViewAndTheSearchShowItGone() throws Exception {
        try (RunningRegister register = RunningRegister.start(dataDir)) {
            RunningRegister.Response registered = register.send("staff", "POST", "/api/customers", """
                    {"kind":"PERSON","firstName":"Testi","lastName":"Paikattava","email":"paikattava@example.test",
                     "phone":"+358 40 000 0012","customerGroup":"EMFIT_MONITORING","language":"fi"}""");
            assertThat(registered.status()).isEqualTo(201);
            String path = "/api/customers/" + registered.json().get("customerId").asText();
            String byPhone = "/api/customers?q=" + URLEncoder.encode("+358 40 000 0012", StandardCharsets.UTF_8);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(register.send("staff", "GET", byPhone, null).json().path("total").asInt()).isEqualTo(1));

            assertThat(register.send("staff", "PATCH", path, "{\"phone\":null}", MERGE_PATCH).status()).isEqualTo(204);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(register.send("staff", "GET", path, null).json().path("phone").isNull()).isTrue());
            JsonNode view = register.send("staff", "GET", path, null).json();
            assertThat(view.path("email").asText()).isEqualTo("paikattava@example.test");
            assertThat(view.path("lastName").asText()).isEqualTo("Paikattava");
            assertThat(register.send("staff", "GET", byPhone, null).json().path("total").asInt()).isZero();

            RunningRegister.Response lastWay = register.send("staff", "PATCH", path, "{\"email\":null}", MERGE_PATCH);
            assertThat(lastWay.status()).isEqualTo(400);
            assertThat(lastWay.json().path("detail").asText()).startsWith("Fix these fields: email: ");
        }
    }

    /**
     * Issue 12: an interview's challenges and an order's delivery address corrected by merge patch reach the card's
     * view and the customer's access copy, which show the corrected values and not the originals.
     */
    @Test
    void correctsAnInterviewAndADeliveryAddress_AndTheViewAndTheAccessCopyShowTheCorrections() throws Exception {
        try (RunningRegister register = RunningRegister.start(dataDir)) {
            String path = "/api/customers/" + created(register, "/api/customers", """
                    {"kind":"PERSON","firstName":"Testi","lastName":"Korjattava","email":"korjattava@example.test",
                     "address":{"street":"Kotikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                     "customerGroup":"EMFIT_MONITORING","language":"fi"}""", "customerId");
            created(register, path + "/consents", """
                    {"purpose":"HEALTH_DATA","evidence":{"method":"WRITTEN","reference":"lomake-1"},"noticeVersion":"2018-05"}""",
                    "consentId");
            String interview = path + "/interviews/" + created(register, path + "/interviews",
                    "{\"challenges\":\"Alkuperäinen-Qwertz\",\"services\":[\"EMFIT_MONITORING\"]}", "interviewId");
            String order = path + "/orders/" + created(register, path + "/orders", """
                    {"product":"EMFIT_MONITOR","terms":"RENTAL","deliveryAddress":{"street":"Vanhatie-Asdfg 1",
                     "postalCode":"00100","city":"Helsinki","country":"FI"}}""", "orderId");

            assertThat(register.send("staff", "PATCH", interview, "{\"challenges\":\"Korjattu-Zxcvb\"}", MERGE_PATCH)
                    .status()).isEqualTo(204);
            assertThat(register.send("staff", "PATCH", order, """
                    {"deliveryAddress":{"street":"Uusitie-Yuiop 2","postalCode":"00200","city":"Helsinki","country":"FI"}}""",
                    MERGE_PATCH).status()).isEqualTo(204);

            // path(0), not get(0): until the views have the interview and the order, the assertion fails and is retried
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode view = register.send("staff", "GET", path, null).json();
                assertThat(view.path("interviews").path(0).path("challenges").asText()).isEqualTo("Korjattu-Zxcvb");
                assertThat(view.path("orders").path(0).path("deliveryAddress").path("street").asText())
                        .isEqualTo("Uusitie-Yuiop 2");
            });
            RunningRegister.Response copy = register.send("dpo", "GET", path + "/export", null,
                    Map.of("Accept", "text/html"));
            assertThat(copy.status()).isEqualTo(200);
            assertThat(copy.body()).contains("Korjattu-Zxcvb", "Uusitie-Yuiop 2")
                    .doesNotContain("Alkuperäinen-Qwertz", "Vanhatie-Asdfg");
        }
    }

    private static String created(RunningRegister register, String path, String body, String idField) throws Exception {
        RunningRegister.Response response = register.send("staff", "POST", path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.json().get(idField).asText();
    }
}
