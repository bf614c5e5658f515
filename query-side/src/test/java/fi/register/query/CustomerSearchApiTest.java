package fi.register.query;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Finding customers over HTTP: ranked, highlighted, paged, recorded in the read audit without the query, erased ones gone. */
class CustomerSearchApiTest extends QuerySideHttpTestSupport {

    private static final Instant LATER = Instant.parse("2030-01-01T08:00:00Z");

    /** Each customer's stream, so a later event gets the next sequence number. */
    private final Map<UUID, EventStream> streams = new HashMap<>();

    @Test
    void aSearchWithoutAccentsFindsRanksHighlightsAndPagesAndRecordsEachCustomerShownWithoutTheQuery() throws Exception {
        UUID exact = register("Eero", "Äyräpää", "eero.a@example.invalid", "+358 40 000 0001", LATER);
        UUID prefix = register("Eeva", "Äyräpäänen", "eeva.a@example.invalid", "+358 40 000 0002", LATER.plusSeconds(60));
        UUID other = register("Muu", "Asiakas", "muu.a@example.invalid", "+358 40 000 0003", LATER);

        ResponseEntity<String> firstPage = search("staff", "?q={q}&limit=1", "ayrapaa");
        JsonNode first = json.readTree(firstPage.getBody());
        JsonNode second = json.readTree(search("dpo", "?q={q}&limit=1&offset=1", "AYRAPAA").getBody());

        assertThat(firstPage.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(firstPage.getHeaders().getCacheControl()).contains("no-store");
        assertThat(first.path("total").asInt()).isEqualTo(2);
        assertThat(first.path("nextOffset").asInt()).isEqualTo(1);
        JsonNode hit = first.path("hits").get(0);
        assertThat(hit.path("customerId").asText()).as("the whole word before its beginning").isEqualTo(exact.toString());
        assertThat(hit.path("lastName").asText()).isEqualTo("Äyräpää");
        assertThat(hit.path("highlights")).anySatisfy(highlight -> {
            assertThat(highlight.path("field").asText()).isEqualTo("lastName");
            assertThat(highlight.path("start").asInt()).isZero();
            assertThat(highlight.path("end").asInt()).isEqualTo(7);
        });
        assertThat(second.path("hits")).hasSize(1);
        assertThat(second.path("hits").get(0).path("customerId").asText()).isEqualTo(prefix.toString());
        assertThat(second.path("nextOffset").isNull()).isTrue();

        assertThat(readsOf(exact)).extracting(read -> read.getString("reader") + " " + read.getString("what"))
                .containsExactly("staff SEARCH_HIT");
        assertThat(readsOf(prefix)).extracting(read -> read.getString("reader") + " " + read.getString("what"))
                .containsExactly("dpo SEARCH_HIT");
        assertThat(readsOf(other)).as("not shown, not read").isEmpty();
        assertThat(readsOf(exact)).allSatisfy(read -> {
            assertThat(read.keySet()).containsExactlyInAnyOrder("_id", "customerId", "reader", "what", "purpose", "readAt", "position");
            assertThat(read.toJson().toLowerCase()).doesNotContain("ayrapaa");
        });
    }

    @Test
    void aPhoneNumberFindsItsCustomerHoweverItIsWritten() throws Exception {
        UUID customer = register("Soittaja", "Numeroinen", "soittaja@example.invalid", "+358 44 765 0101", LATER);

        for (String written : List.of("+358 44 765 0101", "0447650101", "044-765 0101")) {
            JsonNode page = json.readTree(search("staff", "?q={q}", written).getBody());
            assertThat(page.path("hits")).hasSize(1);
            assertThat(page.path("hits").get(0).path("customerId").asText()).isEqualTo(customer.toString());
            assertThat(page.path("hits").get(0).path("highlights").get(0).path("field").asText()).isEqualTo("phone");
        }
    }

    @Test
    void withoutAQueryTheMostRecentlyActiveCustomersAreListedAndRecorded() throws Exception {
        UUID latest = register("Tuorein", "Asiakas", "tuorein@example.invalid", "+358 40 000 0010", LATER.plusSeconds(3600));

        // one only, so no other test's customer is read here
        ResponseEntity<String> response = search("staff", "?limit={limit}", "1");
        JsonNode page = json.readTree(response.getBody());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.path("hits")).hasSize(1);
        assertThat(page.path("hits").get(0).path("customerId").asText()).isEqualTo(latest.toString());
        assertThat(page.path("hits").get(0).path("highlights")).isEmpty();
        assertThat(page.path("total").asInt()).isPositive();
        assertThat(readsOf(latest)).extracting(read -> read.getString("what")).containsExactly("RECENTLY_ACTIVE_LIST");
    }

    @Test
    void anErasedCustomerIsNotFoundOnceTheKeyIsGoneAndLeavesTheIndex() throws Exception {
        UUID customerId = register("Katoava", "Henkilö", "katoava@example.invalid", "+358 40 000 0020", LATER);
        assertThat(json.readTree(search("staff", "?q={q}", "katoava").getBody()).path("total").asInt()).isEqualTo(1);

        protection.keyStore().destroy(customerId); // the command side's shredder: the erasure event is still on its way
        assertThat(json.readTree(search("staff", "?q={q}", "katoava").getBody()).path("hits")).isEmpty();

        streams.get(customerId).append(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, LATER),
                "dpo", LegalBasis.LEGAL_OBLIGATION);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                projections.getCollection("erased_subjects").find(eq("_id", customerId.toString())).first() != null);
        JsonNode page = json.readTree(search("staff", "?q={q}", "katoava").getBody());
        assertThat(page.path("hits")).isEmpty();
        assertThat(page.path("total").asInt()).isZero();
        assertThat(readsOf(customerId)).extracting(read -> read.getString("what")).containsExactly("SEARCH_HIT");
    }

    @Test
    void badQueriesAndPagingAreRefusedWithoutEchoingTheQuery() throws Exception {
        String tooLong = "Pitkä".repeat(41);
        ResponseEntity<String> longQuery = search("staff", "?q={q}", tooLong);
        assertProblem(longQuery, HttpStatus.BAD_REQUEST, "invalid-field");
        assertThat(longQuery.getBody()).doesNotContain("Pitkä");
        assertProblem(search("staff", "?q={q}", "a b c d e f g h i j k"), HttpStatus.BAD_REQUEST, "invalid-field");
        assertProblem(search("staff", "?q=a&limit={limit}", "0"), HttpStatus.BAD_REQUEST, "invalid-field");
        assertProblem(search("staff", "?q=a&limit={limit}", "101"), HttpStatus.BAD_REQUEST, "invalid-field");
        assertProblem(search("staff", "?q=a&offset={offset}", "-1"), HttpStatus.BAD_REQUEST, "invalid-field");
        assertProblem(search("staff", "?q=a&offset={offset}", "10001"), HttpStatus.BAD_REQUEST, "invalid-field");
        assertProblem(search("staff", "?q=a&limit={limit}", "many"), HttpStatus.BAD_REQUEST, "invalid-field");

        ResponseEntity<String> identityCode = search("staff", "?q={q}", "131052-308T");
        assertProblem(identityCode, HttpStatus.BAD_REQUEST, "personal-identity-code");
        assertThat(problemText(identityCode)).doesNotContain("131052");
        assertProblem(search("management", "?q={q}", "a"), HttpStatus.FORBIDDEN, "forbidden");
    }

    /** The value encoded strictly, so a "+" reaches the register as a plus, as a browser's form sends it. */
    private ResponseEntity<String> search(String user, String query, String value) {
        URI uri = UriComponentsBuilder.fromUriString(http.getRootUri() + "/api/customers" + query).encode()
                .buildAndExpand(value).toUri();
        return http.withBasicAuth(user, user).getForEntity(uri, String.class);
    }

    private UUID register(String firstName, String lastName, String email, String phone, Instant at) {
        UUID customerId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        streams.put(customerId, events);
        events.append(new CustomerRegisteredEvent(customerId,
                CustomerKind.PERSON, firstName, lastName, null, null,
                new PostalAddress("Hakutie 1", "00100", "Helsinki", "FI"), null, email, phone,
                "NEUROSONIC_TREATMENT", "fi", at), "staff", LegalBasis.CONTRACT);
        // the whole handler done, not just the view's document written: the index is changed after it
        ProcessorCatchUp.awaitCaughtUp(context, "customer-view");
        return customerId;
    }

    private List<Document> readsOf(UUID customerId) {
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.READ_AUDIT);
        return projections.getCollection("personal_data_reads").find(eq("customerId", customerId.toString()))
                .sort(ascending("position")).into(new ArrayList<>());
    }
}
