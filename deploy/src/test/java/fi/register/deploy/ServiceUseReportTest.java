package fi.register.deploy;

import fi.register.testsupport.MovableClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Management's statistics of service use in the one-JVM register, driven by real commands: the counts follow
 * registrations, bookings and completions, an erasure changes none of them, and a restart keeps them.
 */
class ServiceUseReportTest {

    static final Instant T0 = Instant.parse("2026-05-04T07:00:00Z");
    static final String REPORT = "/api/reports/service-use?from=2026-04&to=2026-05";

    @TempDir
    Path dataDir;

    @Test
    void managementCountsServiceUseThatStaysTheSameAfterAnErasureAndARestart() throws Exception {
        List<String> customers = new ArrayList<>();
        JsonNode afterErasure;
        try (RunningRegister register = RunningRegister.start(dataDir, new MovableClock(T0))) {
            for (int i = 0; i < 3; i++) {
                String customerId = register.send("staff", "POST", "/api/customers", customer("Raportoitava" + i))
                        .json().get("customerId").asText();
                customers.add(customerId);
                String bookingId = register.send("staff", "POST", "/api/customers/" + customerId + "/bookings",
                        "{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"2026-05-04T15:00:00+03:00\",\"channel\":\"PHONE\"}")
                        .json().get("bookingId").asText();
                assertThat(register.send("staff", "POST",
                        "/api/customers/" + customerId + "/bookings/" + bookingId + "/completion", null).status()).isEqualTo(204);
            }
            JsonNode before = awaitReport(register, report -> count(report, "servicesCompleted") == 3
                    && count(report, "customersRegistered") == 3 && count(report, "bookingsMade") == 3);
            JsonNode may = before.path("months").get(1);
            assertThat(may.path("month").asText()).isEqualTo("2026-05");
            assertThat(may.path("counts").path("servicesCompleted").get(0).path("dimensions").toString())
                    .isEqualTo("{\"service\":\"NEUROSONIC_TREATMENT\",\"kind\":\"BOOKING_COMPLETED\"}");
            assertThat(before.path("months").get(0).path("counts").path("customersRegistered")).isEmpty();

            assertThat(register.send("dpo", "POST", "/api/customers/" + customers.get(0) + "/erasure", null).status())
                    .isEqualTo(204);
            afterErasure = awaitReport(register, report -> report.path("totals").path("erasures").size() == 1);
            assertThat(afterErasure.path("totals").path("erasures").get(0).path("suppressed").asBoolean()).isTrue();
            for (String measure : List.of("customersRegistered", "servicesCompleted", "bookingsMade")) {
                assertThat(afterErasure.path("totals").path(measure)).isEqualTo(before.path("totals").path(measure));
            }
            assertThat(register.send("staff", "GET", REPORT, null).status()).isEqualTo(403);
            assertThat(register.send("dpo", "GET", REPORT, null).status()).isEqualTo(200);
        }
        try (RunningRegister restarted = RunningRegister.start(dataDir, new MovableClock(T0))) {
            RunningRegister.Response report = restarted.send("management", "GET", REPORT, null);
            assertThat(report.json()).isEqualTo(afterErasure);
            for (String customerId : customers) {
                assertThat(report.body()).doesNotContain(customerId);
            }
            assertThat(report.body()).doesNotContain("Raportoitava");
        }
    }

    private static JsonNode awaitReport(RunningRegister register, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            RunningRegister.Response response = register.send("management", "GET", REPORT, null);
            assertThat(response.status()).isEqualTo(200);
            found[0] = response.json();
            return ready.test(found[0]);
        });
        return found[0];
    }

    /** The first cell of a measure's totals, 0 when there is none or it is suppressed. */
    private static long count(JsonNode report, String measure) {
        JsonNode cells = report.path("totals").path(measure);
        return cells.isEmpty() ? 0 : cells.get(0).path("count").asLong();
    }

    private static String customer(String lastName) {
        return """
                {"kind":"PERSON","firstName":"Testi","lastName":"%s",
                 "address":{"street":"Testikatu 9","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"%s@example.test","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}"""
                .formatted(lastName, lastName.toLowerCase());
    }
}
