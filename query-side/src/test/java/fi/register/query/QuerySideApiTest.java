package fi.register.query;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.events.LegalBasis;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Filters.gte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/** The query side's HTTP API on the embedded default: events in, views, search, export, refusals and the read audit out. */
@Import(QuerySideApiTest.FixedClock.class)
class QuerySideApiTest extends QuerySideHttpTestSupport {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");


    /** Primary, so it wins over the application's clock whichever of the two is registered first. */
    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }


    @Test
    void staffSeeTheRegisterViewWithConsentsInForceAndTheHistoryOfWhoRecordedEachChange() throws Exception {
        UUID customerId = UUID.randomUUID();
        UUID marketing = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        events.append(CustomerEvents.registered(customerId, "Näkymä", "nakyma@example.invalid"), "staff", LegalBasis.CONTRACT);
        events.append(CustomerEvents.marketingByEmail(customerId, marketing), "staff", LegalBasis.LEGAL_OBLIGATION);
        long last = events.append(new ConsentWithdrawnEvent(customerId, marketing, ConsentPurpose.MARKETING,
                CustomerEvents.REGISTERED_AT.plusSeconds(120)), "dpo", LegalBasis.LEGAL_OBLIGATION);
        awaitProjected(customerId, last);

        ResponseEntity<String> response = http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = json.readTree(response.getBody());
        assertThat(view.path("customerId").asText()).isEqualTo(customerId.toString());
        assertThat(view.path("lastName").asText()).isEqualTo("Näkymä");
        assertThat(view.path("address").path("street").asText()).isEqualTo("Malminraitti 17 C");
        assertThat(view.path("customerGroup").asText()).isEqualTo("NEUROSONIC_TREATMENT");
        assertThat(view.path("consentsInForce")).isEmpty();
        JsonNode history = view.path("consentHistory");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("change").asText()).isEqualTo("GIVEN");
        assertThat(history.get(0).path("recordedBy").asText()).isEqualTo("staff");
        assertThat(history.get(0).path("at").asText()).isEqualTo("2026-03-02T09:16:00Z");
        assertThat(history.get(1).path("change").asText()).isEqualTo("WITHDRAWN");
        assertThat(history.get(1).path("recordedBy").asText()).isEqualTo("dpo");
        assertThat(http.withBasicAuth("dpo", "dpo").getForEntity("/api/customers/" + customerId, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRectificationShowsInTheView() throws Exception {
        UUID customerId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        events.append(CustomerEvents.registered(customerId, "Ennen", "ennen@example.invalid"), "staff", LegalBasis.CONTRACT);
        long last = events.append(new CustomerRectifiedEvent(customerId, Set.of(CustomerField.LAST_NAME), null, "Jälkeen",
                null, null, null, null, null, null, null, null, CustomerEvents.REGISTERED_AT.plusSeconds(5)),
                "staff", LegalBasis.LEGAL_OBLIGATION);
        awaitProjected(customerId, last);

        JsonNode view = json.readTree(http.withBasicAuth("staff", "staff")
                .getForObject("/api/customers/" + customerId, String.class));

        assertThat(view.path("lastName").asText()).isEqualTo("Jälkeen");
        assertThat(view.path("email").asText()).isEqualTo("ennen@example.invalid");
    }

    @Test
    void aSearchByEmailFindsTheCustomerWhateverTheCaseAndAnEmptyListWhenNoneHasIt() throws Exception {
        UUID customerId = UUID.randomUUID();
        long last = EventStream.of(context, customerId).append(
                CustomerEvents.registered(customerId, "Haku", "haku.osuma@example.invalid"), "staff", LegalBasis.CONTRACT);
        awaitProjected(customerId, last);

        ResponseEntity<String> hit = http.withBasicAuth("staff", "staff")
                .getForEntity("/api/customers?email={email}", String.class, "Haku.Osuma@Example.invalid");
        ResponseEntity<String> miss = http.withBasicAuth("dpo", "dpo")
                .getForEntity("/api/customers?email={email}", String.class, "nobody@example.invalid");

        assertThat(hit.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode hits = json.readTree(hit.getBody());
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).path("customerId").asText()).isEqualTo(customerId.toString());
        assertThat(miss.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(miss.getBody())).isEmpty();
    }

    @Test
    void aSearchWithoutAValidEmailIsRefusedAsAnInvalidField() throws Exception {
        assertProblem(http.withBasicAuth("staff", "staff").getForEntity("/api/customers?email=", String.class),
                HttpStatus.BAD_REQUEST, "invalid-field");
        assertProblem(http.withBasicAuth("staff", "staff").getForEntity("/api/customers?email={email}", String.class, "not an address"),
                HttpStatus.BAD_REQUEST, "invalid-field");
        assertProblem(http.withBasicAuth("staff", "staff").getForEntity("/api/customers/not-a-uuid", String.class),
                HttpStatus.BAD_REQUEST, "invalid-field");
    }

    @Test
    void aPersonalIdentityCodeInTheQueryOrPathIsRefusedAndNeverLookedUp() throws Exception {
        ResponseEntity<String> inQuery = http.withBasicAuth("staff", "staff")
                .getForEntity("/api/customers?email={email}", String.class, "131052-308T");
        ResponseEntity<String> inPath = http.withBasicAuth("dpo", "dpo")
                .getForEntity("/api/customers/131052A308T/export", String.class);

        assertProblem(inQuery, HttpStatus.BAD_REQUEST, "personal-identity-code");
        assertProblem(inPath, HttpStatus.BAD_REQUEST, "personal-identity-code");
        assertThat(problemText(inQuery)).doesNotContain("131052");
    }

    @Test
    void everyEndpointNeedsCredentials() throws Exception {
        // every endpoint the query side maps, read from Spring MVC itself, so a new one cannot be left out
        RequestMappingHandlerMapping mappings = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> checked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("fi.register.query")) {
                return;
            }
            for (String pattern : mapping.getPathPatternsCondition().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (RequestMethod method : mapping.getMethodsCondition().getMethods()) {
                    ResponseEntity<String> response = http.exchange(path, HttpMethod.valueOf(method.name()), null, String.class);
                    try {
                        if (pattern.startsWith("/console/")) {
                            // a console page sends a stranger to its sign-in page (followed here), and refuses a
                            // form posted without its CSRF token before that; see ConsoleTest
                            if (method == RequestMethod.GET) {
                                assertThat(response.getBody()).contains("name=\"username\"");
                            } else {
                                assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
                            }
                            checked.add(method + " " + pattern);
                            continue;
                        }
                        if (pattern.equals("/privacy-notice")) {
                            // the one page meant for anyone: the privacy notice (PrivacyNoticeTest)
                            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
                            checked.add(method + " " + pattern);
                            continue;
                        }
                        assertProblem(response, HttpStatus.UNAUTHORIZED, "unauthenticated");
                    } catch (Exception e) {
                        throw new AssertionError(method + " " + pattern, e);
                    }
                    checked.add(method + " " + pattern);
                }
            }
        });
        assertThat(checked).as("the query side's endpoints").contains("GET /api/customers/{customerId}",
                "GET /api/customers/{customerId}/export", "POST /api/compliance/replay", "GET /api/reports/service-use");
    }

    @Test
    void managementNeverReadsPersonalDataAndStaffDoNotExport() throws Exception {
        UUID customerId = UUID.randomUUID();
        long last = EventStream.of(context, customerId).append(
                CustomerEvents.registered(customerId, "Kielletty", "kielletty@example.invalid"), "staff", LegalBasis.CONTRACT);
        awaitProjected(customerId, last);
        TestRestTemplate management = http.withBasicAuth("management", "management");

        assertProblem(management.getForEntity("/api/customers/" + customerId, String.class), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(management.getForEntity("/api/customers?email=kielletty@example.invalid", String.class),
                HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(management.getForEntity("/api/customers/" + customerId + "/export", String.class),
                HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId + "/export", String.class),
                HttpStatus.FORBIDDEN, "forbidden");
        assertThat(readsOf(customerId)).isEmpty();
    }

    @Test
    void anUnknownCustomerIsNotFound() throws Exception {
        UUID unknown = UUID.randomUUID();
        assertProblem(http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + unknown, String.class),
                HttpStatus.NOT_FOUND, "subject-not-found");
        assertProblem(http.withBasicAuth("dpo", "dpo").getForEntity("/api/customers/" + unknown + "/export", String.class),
                HttpStatus.NOT_FOUND, "subject-not-found");
    }

    @Test
    void anErasedCustomerIsGoneFromViewSearchAndExport() throws Exception {
        UUID customerId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        events.append(CustomerEvents.registered(customerId, "Poistettava", "poistettava@example.invalid"), "staff", LegalBasis.CONTRACT);
        awaitProjected(customerId, 0);

        protection.keyStore().destroy(customerId); // the command side's shredder, sharing the key store
        events.append(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW), "dpo", LegalBasis.LEGAL_OBLIGATION);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                projections.getCollection("erased_subjects").find(eq("_id", customerId.toString())).first() != null);

        assertProblem(http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId, String.class),
                HttpStatus.GONE, "subject-erased");
        assertProblem(http.withBasicAuth("dpo", "dpo").getForEntity("/api/customers/" + customerId + "/export", String.class),
                HttpStatus.GONE, "subject-erased");
        assertThat(json.readTree(http.withBasicAuth("staff", "staff")
                .getForObject("/api/customers?email=poistettava@example.invalid", String.class))).isEmpty();
        assertThat(projections.getCollection("customers").find(eq("_id", customerId.toString())).first()).isNull();
    }

    @Test
    void theExportHoldsTheViewTheConsentHistoryAndTheDecryptedEventHistory() throws Exception {
        UUID customerId = UUID.randomUUID();
        UUID consentId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        events.append(CustomerEvents.registered(customerId, "Vienti", "vienti@example.invalid"), "staff", LegalBasis.CONTRACT);
        long last = events.append(CustomerEvents.marketingByEmail(customerId, consentId), "staff", LegalBasis.CONSENT, consentId);
        awaitProjected(customerId, last);

        ResponseEntity<String> response = http.withBasicAuth("dpo", "dpo")
                .getForEntity("/api/customers/" + customerId + "/export", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode export = json.readTree(response.getBody());
        assertThat(export.path("customerId").asText()).isEqualTo(customerId.toString());
        assertThat(export.path("exportedAt").asText()).isEqualTo(NOW.toString());
        assertThat(export.path("exportedBy").asText()).isEqualTo("dpo");
        assertThat(export.path("registerView").path("lastName").asText()).isEqualTo("Vienti");
        assertThat(export.path("registerView").path("consentsInForce").get(0).path("evidenceReference").asText())
                .isEqualTo("web form 123");
        assertThat(export.path("consentHistory")).hasSize(1);
        JsonNode history = export.path("eventHistory");
        assertThat(history).hasSize(2);
        JsonNode registered = history.get(0);
        assertThat(registered.path("sequenceNumber").asLong()).isZero();
        assertThat(registered.path("type").asText()).isEqualTo("CustomerRegisteredEvent");
        assertThat(registered.path("timestamp").isTextual()).isTrue();
        assertThat(registered.path("metadata").path("actor").asText()).isEqualTo("staff");
        assertThat(registered.path("metadata").path("legalBasis").asText()).isEqualTo("CONTRACT");
        assertThat(registered.path("metadata").path("correlationId").asText()).isNotBlank();
        assertThat(registered.path("payload").path("lastName").asText()).isEqualTo("Vienti");
        assertThat(registered.path("payload").path("email").asText()).isEqualTo("vienti@example.invalid");
        JsonNode consent = history.get(1);
        assertThat(consent.path("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(consent.path("type").asText()).isEqualTo("ConsentGivenEvent");
        assertThat(consent.path("metadata").path("legalBasis").asText()).isEqualTo("CONSENT");
        assertThat(consent.path("metadata").path("consentId").asText()).isEqualTo(consentId.toString());
        assertThat(consent.path("payload").path("evidenceReference").asText()).isEqualTo("web form 123");
    }

    @Test
    void theExportListsWhenWhatOfTheDataWasRead_ButNotByWhom() throws Exception {
        UUID customerId = UUID.randomUUID();
        long last = EventStream.of(context, customerId).append(
                CustomerEvents.registered(customerId, "Tiedusteleva", "tiedusteleva@example.invalid"), "staff", LegalBasis.CONTRACT);
        awaitProjected(customerId, last);
        http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId, String.class);
        http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId + "/bookings", String.class);
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.READ_AUDIT);

        JsonNode reads = json.readTree(http.withBasicAuth("dpo", "dpo")
                .getForObject("/api/customers/" + customerId + "/export", String.class)).path("readsOfPersonalData");

        assertThat(reads).hasSize(2);
        assertThat(reads.get(0).path("what").asText()).isEqualTo("REGISTER_VIEW");
        assertThat(reads.get(1).path("what").asText()).isEqualTo("BOOKINGS");
        assertThat(reads.get(1).path("purpose").asText()).isEqualTo("BOOKINGS");
        assertThat(reads).allSatisfy(read -> {
            assertThat(read.path("at").asText()).isEqualTo(NOW.toString());
            assertThat(read.has("reader")).as("the reader's name").isFalse();
        });
    }

    @Test
    void everyReadOfPersonalDataIsRecordedWithTheReaderAndTheTime() throws Exception {
        UUID customerId = UUID.randomUUID();
        long last = EventStream.of(context, customerId).append(
                CustomerEvents.registered(customerId, "Luettu", "luettu@example.invalid"), "staff", LegalBasis.CONTRACT);
        awaitProjected(customerId, last);

        http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId, String.class);
        http.withBasicAuth("staff", "staff").getForEntity("/api/customers?email=luettu@example.invalid", String.class);
        http.withBasicAuth("dpo", "dpo").getForEntity("/api/customers/" + customerId + "/export", String.class);

        List<Document> reads = readsOf(customerId);
        assertThat(reads).extracting(read -> read.getString("reader"), read -> read.getString("what"))
                .containsExactly(
                        tuple("staff", "REGISTER_VIEW"),
                        tuple("staff", "EMAIL_SEARCH_HIT"),
                        tuple("dpo", "ACCESS_EXPORT"));
        assertThat(reads).allSatisfy(read -> assertThat(read.getDate("readAt").toInstant()).isEqualTo(NOW));
        assertThat(reads).allSatisfy(read -> assertThat(read.keySet())
                .containsExactlyInAnyOrder("_id", "customerId", "reader", "what", "purpose", "readAt", "position"));
        assertThat(reads).extracting(read -> read.getString("purpose"))
                .containsExactly("CUSTOMER_SERVICE", "FINDING_THE_CUSTOMER", "ANSWERING_AN_ACCESS_REQUEST");
    }

    @Test
    void theQuerySideApiIsDocumentedAsItsOwnOpenApiGroup() throws Exception {
        ResponseEntity<String> docs = http.getForEntity("/v3/api-docs/query-side", String.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode paths = json.readTree(docs.getBody()).path("paths");
        assertThat(paths.has("/api/customers/{customerId}")).isTrue();
        assertThat(paths.has("/api/customers")).isTrue();
        assertThat(paths.has("/api/customers/{customerId}/export")).isTrue();
    }

    /** The reads recorded so far, from the trail's index once it has caught up with the event store. */
    private List<Document> readsOf(UUID customerId) {
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.READ_AUDIT);
        return projections.getCollection("personal_data_reads").find(eq("customerId", customerId.toString()))
                .sort(ascending("position")).into(new ArrayList<>());
    }

    private void awaitProjected(UUID customerId, long sequence) {
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.getCollection("customers")
                .find(and(eq("_id", customerId.toString()), gte("lastSequence", sequence))).first() != null);
    }

}
