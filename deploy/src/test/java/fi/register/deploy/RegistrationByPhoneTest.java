package fi.register.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer who phones to book is registered with a name and the number only, and both sides carry the absent e-mail
 * and address as absent: the register view and the access export read back over HTTP, the address added later by
 * rectification when an order needs it.
 */
class RegistrationByPhoneTest {

    @TempDir
    Path dataDir;

    static final String BY_PHONE = """
            {"kind":"PERSON","firstName":"Testi","lastName":"Puhelinasiakas","phone":"+358 40 000 0003",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";
    static final String ORDER = """
            {"product":"EMFIT_MONITOR","terms":"RENTAL","deliveryAddress":{"street":"Toimitustie 6","postalCode":"00700",
             "city":"Helsinki","country":"FI"}}""";

    @Test
    void registersByPhoneOnly_AndTheViewAndTheExportShowNoEmailNorAddress() throws Exception {
        try (RunningRegister register = RunningRegister.start(dataDir)) {
            RunningRegister.Response registered = register.send("staff", "POST", "/api/customers", BY_PHONE);
            assertThat(registered.status()).isEqualTo(201);
            String id = registered.json().get("customerId").asText();
            String path = "/api/customers/" + id;

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(register.send("staff", "GET", path, null).status()).isEqualTo(200));
            JsonNode view = register.send("staff", "GET", path, null).json();
            assertThat(view.path("lastName").asText()).isEqualTo("Puhelinasiakas");
            assertThat(view.path("phone").asText()).isEqualTo("+358 40 000 0003");
            assertThat(view.path("email").isNull()).isTrue();
            assertThat(view.path("address").isNull()).isTrue();

            RunningRegister.Response export = register.send("dpo", "GET", path + "/export", null);
            assertThat(export.status()).isEqualTo(200);
            JsonNode exported = export.json();
            assertThat(exported.path("registerView").path("phone").asText()).isEqualTo("+358 40 000 0003");
            assertThat(exported.path("registerView").path("email").isNull()).isTrue();
            assertThat(exported.path("registerView").path("address").isNull()).isTrue();
            JsonNode registration = exported.path("eventHistory").get(0).path("payload");
            assertThat(registration.path("lastName").asText()).isEqualTo("Puhelinasiakas");
            assertThat(registration.path("email").isNull() || registration.path("email").isMissingNode()).isTrue();

            // the order is billed: refused with the field named, until staff add the address by rectification
            RunningRegister.Response refused = register.send("staff", "POST", path + "/orders", ORDER);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().path("type").asText()).isEqualTo("urn:register:problem:address-required");
            assertThat(refused.json().path("detail").asText()).startsWith("Fix these fields: address: ");
            assertThat(register.send("staff", "PUT", path, """
                    {"address":{"street":"Testikatu 5","postalCode":"00100","city":"Helsinki","country":"FI"}}""").status())
                    .isEqualTo(204);
            assertThat(register.send("staff", "POST", path + "/orders", ORDER).status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    register.send("staff", "GET", path, null).json().path("address").path("street").asText())
                    .isEqualTo("Testikatu 5"));
        }
    }
}
