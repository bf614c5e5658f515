package fi.register.deploy.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The command side and the query side as two separate JVMs behind the gateway ({@link SplitRegister}): every
 * request goes through the one base URL with the public API's paths; what one side writes, the other serves, and an
 * erasure reaches both.
 */
class SplitServicesThroughGatewayTest {

    static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Testi","lastName":"Yhdyskaytava",
             "address":{"street":"Porttikuja 3","postalCode":"00100","city":"Helsinki","country":"FI"},
             "email":"yhdyskaytava@example.test","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""";
    static final String CONSENT = """
            {"purpose":"HEALTH_DATA","noticeVersion":"2018-05","evidence":{"method":"WRITTEN","reference":"arkisto 7"}}""";

    // kept when the test fails: each process's output is in its directory
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    final Clock clock = Clock.systemUTC();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void servesThroughOneAddressWhatTheSeparateSidesWriteAndRead_UntilTheErasure() throws Exception {
        assumeTrue(Gateway.nginx().isPresent(), Gateway.skippedWithoutNginx());
        try (SplitRegister register = SplitRegister.start(work)) {
            HttpResponse<String> registered = register.send("staff", "POST", "/api/customers", CUSTOMER);
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String customerId = json.readTree(registered.body()).get("customerId").asText();
            String customer = "/api/customers/" + customerId;
            assertThat(register.send("staff", "POST", customer + "/consents", CONSENT).statusCode()).isEqualTo(201);
            String startsAt = clock.instant().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
            HttpResponse<String> booked = register.send("staff", "POST", customer + "/bookings",
                    "{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"" + startsAt + "\",\"channel\":\"PHONE\"}");
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
            String bookingId = json.readTree(booked.body()).get("bookingId").asText();

            // the query side's view, built from the command side's events in PostgreSQL, read at the same address
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                HttpResponse<String> view = register.send("staff", "GET", customer, null);
                assertThat(view.statusCode()).isEqualTo(200);
                assertThat(view.body()).contains("Yhdyskaytava").contains("HEALTH_DATA").contains(bookingId);
            });
            assertThat(register.send("staff", "GET", customer + "/bookings", null).body()).contains(bookingId);
            // the console's sign-in and its card, through the gateway: the session cookie comes back at its address
            ConsoleBrowser browser = register.browser();
            HttpResponse<String> signedIn = browser.signIn("staff", SplitRegister.PASSWORD);
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElseThrow())
                    .startsWith(register.base()).doesNotContain("error");
            HttpResponse<String> card = browser.get("/console/customers/" + customerId);
            assertThat(card.statusCode()).isEqualTo(200);
            assertThat(card.body()).contains("Yhdyskaytava");
            // one sign-in for both sides: the command side's form, then the query side's card of the customer it
            // registered, in the same browser (each side's session cookie apart, the sealed sign-in shared)
            HttpResponse<String> registeredByForm = browser.submit("/console/forms/registration", java.util.Map.of(
                    "kind", "PERSON", "firstName", "Lomake", "lastName", "Porttikaytava",
                    "phone", "+358 40 000 0777", "customerGroup", "NEUROSONIC_TREATMENT", "language", "fi"));
            assertThat(registeredByForm.statusCode()).as(registeredByForm.body()).isEqualTo(303);
            String formCard = registeredByForm.headers().firstValue("Location").orElseThrow();
            assertThat(formCard).contains("/console/customers/");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(browser.get(formCard.substring(formCard.indexOf("/console/"))).body())
                            .contains("Porttikaytava"));
            assertThat(browser.get("/console/customers/" + customerId).statusCode())
                    .as("still signed in on the query side after the command side's form").isEqualTo(200);
            // a GET the command side answers: the DPO's retention list, from the command side's own table
            assertThat(register.send("dpo", "GET", "/api/retention/due?before=2099-01-01T00:00:00Z", null).body())
                    .contains(customerId);

            assertThat(register.send("dpo", "POST", customer + "/erasure", null).statusCode()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(register.send("staff", "GET", customer, null).statusCode()).isEqualTo(410));
            assertThat(register.send("dpo", "GET", customer + "/export", null).statusCode()).isEqualTo(410);
            HttpResponse<String> commandAfterErasure = register.send("staff", "POST", customer + "/consents", CONSENT);
            assertThat(commandAfterErasure.statusCode()).isEqualTo(410);
            assertThat(commandAfterErasure.body()).contains("urn:register:problem:subject-erased");

            assertThat(register.accessLog()).as("both sides answered through the gateway, no URL logged")
                    .anyMatch(line -> line.endsWith(register.commandSideUpstreams().get(0)))
                    .anyMatch(line -> line.endsWith(register.querySideUpstream()))
                    .noneMatch(line -> line.contains("/api/") || line.contains(customerId));
        }
    }
}
