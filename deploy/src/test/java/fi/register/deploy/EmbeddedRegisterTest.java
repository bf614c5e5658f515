package fi.register.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The embedded default as a deployable: one JVM, one port, everything under the data directory, survives restarts. */
class EmbeddedRegisterTest {

    @TempDir
    Path dataDir;

    static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Testi","lastName":"Uudelleen",
             "address":{"street":"Testikatu 3","postalCode":"00100","city":"Helsinki","country":"FI"},
             "email":"restart@example.test","customerGroup":"EMFIT_MONITORING","language":"sv"}""";

    @Test
    void bothSidesAnswerOnOnePortAndEverythingSurvivesARestart() throws Exception {
        String customerId;
        try (RunningRegister register = RunningRegister.start(dataDir)) {
            assertThat(register.send(null, "GET", "/actuator/health", null).json().get("status").asText()).isEqualTo("UP");
            customerId = register.send("staff", "POST", "/api/customers", CUSTOMER).json().get("customerId").asText();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    register.send("staff", "GET", "/api/customers/" + customerId, null).status()).isEqualTo(200));
        }
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("master.key")))
                .isEqualTo(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

        try (RunningRegister register = RunningRegister.start(dataDir)) {
            // the view is still there at once: the projection resumed, it did not have to rebuild
            RunningRegister.Response view = register.send("staff", "GET", "/api/customers/" + customerId, null);
            assertThat(view.status()).isEqualTo(200);
            assertThat(view.json().toString()).contains("Uudelleen");
            // the command side's e-mail lookup table survived too
            assertThat(register.send("staff", "POST", "/api/customers", CUSTOMER).status()).isEqualTo(409);
            // and new events still reach the view
            assertThat(register.send("staff", "PUT", "/api/customers/" + customerId, "{\"lastName\":\"Korjattu\"}").status())
                    .isEqualTo(204);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    register.send("staff", "GET", "/api/customers/" + customerId, null).body()).contains("Korjattu"));
        }
    }
}
