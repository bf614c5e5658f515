package fi.register.query.mongo;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.events.LegalBasis;
import fi.register.query.CustomerEvents;
import fi.register.query.EventStream;
import fi.register.query.ProcessorCatchUp;
import fi.register.query.QuerySideRun;
import fi.register.query.console.ConsoleSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While the views are rebuilt after a start, a read of them is answered 503 {@code catching-up} with
 * {@code Retry-After}, never a 404 for a customer who exists; reads of the event store itself pass; once every view
 * caught up the gate stays open.
 */
class ViewsCatchingUpGateTest {

    @TempDir
    Path dataDir;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void letGo() {
        HeldBackRegistration.HELD.values().forEach(CountDownLatch::countDown);
        HeldBackRegistration.HELD.clear();
    }

    @Test
    void answersCatchingUp_WhenAViewIsStillBeingRebuiltAfterTheStart_AndTheViewOnceItCaughtUp() throws Exception {
        UUID customer = UUID.randomUUID();
        try (ConfigurableApplicationContext first = start()) {
            EventStream.of(first, customer).append(CustomerEvents.registered(customer, "Odottava", "odottava@example.invalid"),
                    "staff", LegalBasis.CONTRACT);
            ProcessorCatchUp.awaitCaughtUp(first, "customer-view");
        }
        CountDownLatch rebuild = new CountDownLatch(1);
        HeldBackRegistration.HELD.put(customer, rebuild);

        try (ConfigurableApplicationContext restarted = start("--register.projections.catch-up-patience=PT0.2S")) {
            TestRestTemplate staff = http(restarted).withBasicAuth("staff", "staff");
            ResponseEntity<String> during = staff.getForEntity("/api/customers/" + customer, String.class);
            assertThat(during.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(during.getHeaders().getFirst("Retry-After")).isEqualTo("2");
            assertThat(json.readTree(during.getBody()).path("type").asText()).isEqualTo("urn:register:problem:catching-up");
            assertThat(during.getBody()).doesNotContain("Odottava", customer.toString());
            assertThat(staff.getForEntity("/api/customers?q=odottava", String.class).getStatusCode())
                    .as("the search is a read of the views too").isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            HttpResponse<String> card = ConsoleSession.signedIn(base(restarted), "staff").get("/console/customers/" + customer);
            assertThat(card.statusCode()).as("the console's card, a page that reloads itself").isEqualTo(503);
            assertThat(card.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(card.body()).contains("Rekisteri käynnistyy", "http-equiv=\"refresh\"").doesNotContain("Odottava");
            assertThat(http(restarted).withBasicAuth("dpo", "dpo").getForEntity("/api/dead-letters", String.class)
                    .getStatusCode()).as("not built from the views").isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(http(restarted).getForObject("/actuator/health/projections", String.class))
                    .path("components").path("projectionCatchUp").path("details").path("caughtUp").asBoolean()).isFalse();

            rebuild.countDown();
            await().atMost(Duration.ofSeconds(30)).until(() -> restarted.getBean(ViewsCaughtUp.class).reached());
            ResponseEntity<String> after = staff.getForEntity("/api/customers/" + customer, String.class);
            assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(after.getBody()).path("lastName").asText()).isEqualTo("Odottava");
            assertThat(staff.getForEntity("/api/customers/" + UUID.randomUUID(), String.class).getStatusCode())
                    .as("once whole, an unknown customer is unknown").isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    private ConfigurableApplicationContext start(String... arguments) {
        return QuerySideRun.start(dataDir, new Class<?>[] {HeldBackRegistration.class}, arguments);
    }

    private static TestRestTemplate http(ConfigurableApplicationContext context) {
        return new TestRestTemplate(new org.springframework.boot.web.client.RestTemplateBuilder().rootUri(base(context)));
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }
}
