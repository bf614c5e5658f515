package fi.register.query;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.query.console.ConsoleSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Erasure's exceptions (issue 12): the configured accounting retention (Kirjanpitolaki 2:10, six years after the end of
 * the order's year) named on the erasure's confirmation, in the console and in the API's preview, with the orders it
 * still covers and until when, counted on the clinic's calendar.
 */
@Import(ErasurePreviewApiTest.FixedClock.class)
class ErasurePreviewApiTest extends QuerySideHttpTestSupport {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    /** 2020-12-31T22:30Z is already 2021 in Helsinki: kept until the end of 2027. */
    static final Instant NEW_YEARS_NIGHT_ORDER = Instant.parse("2020-12-31T22:30:00Z");
    /** Placed in 2019: its six years ended with 2025. */
    static final Instant OLD_ORDER = Instant.parse("2019-06-01T09:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Test
    void emits_TheAccountingException_WithOnlyTheOrdersStillUnderRetention_AndUntilWhen() throws Exception {
        UUID customerId = customerWithOrders(List.of(NEW_YEARS_NIGHT_ORDER, OLD_ORDER));

        ResponseEntity<String> preview = http.withBasicAuth("dpo", "dpo")
                .getForEntity("/api/customers/" + customerId + "/erasure", String.class);

        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode exception = json.readTree(preview.getBody()).path("exceptions").get(0);
        assertThat(exception.path("code").asText()).isEqualTo("accounting-retention");
        assertThat(exception.path("law").asText()).isEqualTo("Kirjanpitolaki 1336/1997, 2 luku 10 §");
        assertThat(exception.path("orders")).hasSize(1);
        assertThat(exception.path("orders").get(0).path("retainedUntil").asText()).isEqualTo("2027-12-31");
        assertThat(json.readTree(preview.getBody()).path("keptReadable").toString())
                .contains("product", "terms", "placedAt").doesNotContain("deliveryAddress");
        assertThat(preview.getBody()).doesNotContain("Toimitustie", "Säilyttäjä");
    }

    @Test
    void emits_NoException_WhenNoOrderIsUnderRetentionAnyMore() throws Exception {
        UUID customerId = customerWithOrders(List.of(OLD_ORDER));

        ResponseEntity<String> preview = http.withBasicAuth("dpo", "dpo")
                .getForEntity("/api/customers/" + customerId + "/erasure", String.class);

        assertThat(json.readTree(preview.getBody()).path("exceptions")).isEmpty();
    }

    @Test
    void rejects_WhenStaffAsksForThePreview_AndAnswersNotFoundForAnUnknownCustomer() throws Exception {
        UUID customerId = customerWithOrders(List.of(NEW_YEARS_NIGHT_ORDER));
        assertThat(http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId + "/erasure",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertProblem(http.withBasicAuth("dpo", "dpo").getForEntity("/api/customers/" + UUID.randomUUID() + "/erasure",
                String.class), HttpStatus.NOT_FOUND, "subject-not-found");
    }

    @Test
    void keeps_TheConsolesErasureConfirmation_NamingTheExceptionAndTheOrdersKeptUntil() {
        UUID customerId = customerWithOrders(List.of(NEW_YEARS_NIGHT_ORDER));
        ConsoleSession dpo = ConsoleSession.signedIn(http.getRootUri(), "dpo");

        HttpResponse<String> page = dpo.get("/console/dpo/customers/" + customerId + "/erasure");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Poiston poikkeukset", "Kirjanpitolaki 1336/1997, 2 luku 10 §", "6 vuotta",
                "31.12.2027", "Poisto tehdään silti");
    }

    private UUID customerWithOrders(List<Instant> placedAt) {
        UUID customerId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        events.append(new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Testi", "Säilyttäjä", null, null,
                new PostalAddress("Kotikatu 1", "00100", "Helsinki", "FI"), null, "s@example.invalid", null,
                "EMFIT_MONITORING", "fi", CustomerEvents.REGISTERED_AT), "staff", LegalBasis.CONTRACT);
        for (Instant at : placedAt) {
            events.append(new OrderPlacedEvent(customerId, UUID.randomUUID(), Product.EMFIT_MONITOR, OrderTerms.RENTAL,
                    new PostalAddress("Toimitustie 5", "00700", "Helsinki", "FI"), at), "staff", LegalBasis.CONTRACT);
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                projections.getCollection("customers").find(eq("_id", customerId.toString())).first() != null
                        && projections.getCollection("orders").countDocuments(eq("customerId", customerId.toString()))
                        == placedAt.size());
        return customerId;
    }
}
