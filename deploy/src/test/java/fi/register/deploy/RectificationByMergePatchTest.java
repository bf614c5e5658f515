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
}
