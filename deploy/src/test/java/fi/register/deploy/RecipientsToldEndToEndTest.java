package fi.register.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * GDPR Art. 19 through the register as it runs, both sides in one JVM: a disclosed e-mail address corrected leaves
 * its recipient to be told; the DPO records it told and the access copy names it; the erasure leaves the recipient to
 * be told again, of the erasure, with only the party's code and the field names left, and the DPO records that too
 * with the subject's key gone.
 */
class RecipientsToldEndToEndTest {

    private static final Map<String, String> MERGE_PATCH = Map.of("Content-Type", "application/merge-patch+json");

    @TempDir
    Path dataDir;

    @Test
    void listsAndRecordsTheRecipientTold_OfTheRectification_ThenOfTheErasure_WithTheKeyGone() throws Exception {
        try (RunningRegister register = RunningRegister.start(dataDir)) {
            RunningRegister.Response registered = register.send("staff", "POST", "/api/customers", """
                    {"kind":"PERSON","firstName":"Testi","lastName":"Ilmoitettava","email":"ilmoitettava@example.test",
                     "customerGroup":"EMFIT_MONITORING","language":"en"}""");
            assertThat(registered.status()).isEqualTo(201);
            String customerId = registered.json().get("customerId").asText();
            String path = "/api/customers/" + customerId;
            RunningRegister.Response disclosed = register.send("staff", "POST", path + "/disclosures",
                    "{\"recipient\":\"Tehden asiakashallintajärjestelmä (Avoinna24)\",\"fields\":[\"NAME\",\"EMAIL\"]}");
            assertThat(disclosed.status()).isEqualTo(201);
            assertThat(register.send("staff", "PATCH", path, "{\"email\":\"korjattu.ilmoitettava@example.test\"}",
                    MERGE_PATCH).status()).isEqualTo(204);

            JsonNode rectification = await().atMost(Duration.ofSeconds(30))
                    .until(() -> stillToTell(register, customerId), duties -> duties.size() == 1).get(0);
            assertThat(rectification.path("change").asText()).isEqualTo("RECTIFICATION");
            assertThat(rectification.path("fields").toString()).isEqualTo("[\"EMAIL\"]");
            assertThat(register.send("dpo", "POST", path + "/recipient-notifications", told(rectification)).status())
                    .isEqualTo(204);
            await().atMost(Duration.ofSeconds(30)).until(() -> stillToTell(register, customerId).isEmpty());
            String copy = register.send("dpo", "GET", path + "/export", null, Map.of("Accept", "text/html")).body();
            assertThat(copy).contains("These recipients have been told of the rectification of your data:",
                    "data-told=\"\"");

            assertThat(register.send("dpo", "POST", path + "/erasure", null).status()).isEqualTo(204);
            JsonNode erasure = await().atMost(Duration.ofSeconds(30))
                    .until(() -> stillToTell(register, customerId), duties -> duties.size() == 1).get(0);
            assertThat(erasure.path("change").asText()).isEqualTo("ERASURE");
            assertThat(erasure.path("namedParty").asText()).isEqualTo("BOOKING_SYSTEM");
            assertThat(erasure.path("fields").toString()).isEqualTo("[\"EMAIL\",\"NAME\"]");
            assertThat(register.send("dpo", "POST", path + "/recipient-notifications", told(erasure)).status())
                    .isEqualTo(204);

            await().atMost(Duration.ofSeconds(30)).until(() -> stillToTell(register, customerId).isEmpty());
            RunningRegister.Response all = register.send("dpo", "GET", path + "/recipient-notifications", null);
            assertThat(all.json().findValuesAsText("outcome")).containsExactly("TOLD", "TOLD");
            assertThat(all.body()).doesNotContain("Ilmoitettava", "ilmoitettava@");
        }
    }

    private static String told(JsonNode duty) {
        return "{\"disclosureId\":\"" + duty.path("disclosureId").asText() + "\",\"changeSequence\":"
                + duty.path("changeSequence").asLong() + ",\"outcome\":\"TOLD\"}";
    }

    private static List<JsonNode> stillToTell(RunningRegister register, String customerId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        register.send("dpo", "GET", "/api/recipient-notifications", null).json().forEach(duty -> {
            if (duty.path("customerId").asText().equals(customerId)) {
                found.add(duty);
            }
        });
        return found;
    }
}
