package fi.register.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read of personal data that was answered is in the audit trail even if the register is killed with
 * {@code kill -9} the moment after: the read was committed to the event store before the data went out.
 */
class ReadAuditKillDashNineTest {

    /** Reads answered back to back before the kill, so the last ones land inside any write-behind window. */
    private static final int READS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void keepsEveryAnsweredRead_WhenTheRegisterIsKilledRightAfterAnsweringIt() throws Exception {
        String customerId;
        int answered = 0;
        try (ChildRegister register = ChildRegister.start(dataDir)) {
            HttpResponse<String> registration = register.exchange("staff", "POST", "/api/customers", """
                    {"kind":"PERSON","firstName":"Testi","lastName":"Luettava",
                     "address":{"street":"Testikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                     "email":"luettava@example.test","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""");
            assertThat(registration.statusCode()).isEqualTo(201);
            customerId = JSON.readTree(registration.body()).get("customerId").asText();
            String view = "/api/customers/" + customerId;
            // 404 until the view has it: an unanswered read is not recorded
            await().atMost(Duration.ofSeconds(30)).until(() -> register.send("staff", "GET", view, null) == 200);
            answered++;
            for (int i = 1; i < READS; i++) {
                assertThat(register.send("staff", "GET", view, null)).isEqualTo(200);
                answered++;
            }
            register.kill();
        }
        int readsAnswered = answered;
        try (ChildRegister register = ChildRegister.start(dataDir)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(readsInTheTrail(register, customerId)).isEqualTo(readsAnswered));
        }
    }

    private static long readsInTheTrail(ChildRegister register, String customerId) throws Exception {
        HttpResponse<String> trail = register.exchange("dpo", "GET", "/api/audit?customerId=" + customerId
                + "&limit=1000", null);
        assertThat(trail.statusCode()).isEqualTo(200);
        long reads = 0;
        for (JsonNode entry : JSON.readTree(trail.body()).path("entries")) {
            if (entry.path("kind").asText().equals("READ") && entry.path("what").asText().equals("REGISTER_VIEW")) {
                reads++;
            }
        }
        return reads;
    }
}
