package fi.register.command.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.command.CommandSideHttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The command side alone (its own deployable): a registration sent twice with one key is one registration and one
 * answer; the key's refusals are problem documents that record nothing; the API document says so. The one-JVM
 * register's concurrency, restart, kill -9 and expiry are proven in deploy (IdempotentPostTest,
 * IdempotentPostKillDashNineTest).
 */
class IdempotencyHttpTest extends CommandSideHttpTestSupport {

    @Test
    void registersOnce_AndAnswersTheRetryAsTheFirstRequest() throws Exception {
        String body = person("once-" + UUID.randomUUID() + "@example.test");
        long before = storedEvents();

        MvcResult first = as("staff", registration(body, "registration-1")).andExpect(status().isCreated()).andReturn();
        MvcResult retry = as("staff", registration(body, "registration-1")).andExpect(status().isCreated()).andReturn();

        assertThat(retry.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(retry.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(retry.getResponse().getHeader(IdempotentRequestFilter.REPLAYED)).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void rejects_AReusedKeyWith422_AndAMalformedOneWith400_RecordingNothing() throws Exception {
        as("staff", registration(person("reused-" + UUID.randomUUID() + "@example.test"), "registration-2"))
                .andExpect(status().isCreated());

        expectRefused("staff", registration(person("other-" + UUID.randomUUID() + "@example.test"), "registration-2"),
                422, "idempotency-key-reused");
        expectRefused("staff", registration(person("bad-" + UUID.randomUUID() + "@example.test"), "x".repeat(256)),
                400, "invalid-idempotency-key");
    }

    @Test
    void documents_TheHeaderAndItsRefusalsOnEveryCommandPost() throws Exception {
        JsonNode paths = objectMapper.readTree(mvc.perform(get("/v3/api-docs/command-side")).andReturn().getResponse()
                .getContentAsString()).path("paths");
        JsonNode booking = paths.path("/api/customers/{customerId}/bookings").path("post");

        assertThat(booking.path("parameters").toString()).contains("Idempotency-Key");
        assertThat(booking.path("responses").path("422").path("description").asText()).contains("idempotency-key-reused");
        assertThat(booking.path("responses").path("409").path("description").asText()).contains("request-in-progress");
        assertThat(paths.path("/api/customers/{customerId}").path("put").path("parameters").toString())
                .doesNotContain("Idempotency-Key");
    }

    private static MockHttpServletRequestBuilder registration(String body, String key) {
        return post("/api/customers").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key).content(body);
    }

    private static String person(String email) {
        return """
                {"kind":"PERSON","firstName":"Testi","lastName":"Kertaalleen",
                 "address":{"street":"Testikatu 3","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"%s","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""".formatted(email);
    }
}
