package fi.register.query;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.events.LegalBasis;
import fi.register.testsupport.MovableClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data protection officer's audit trail as a DPO works with it: filters that combine, JSON or CSV by Accept,
 * refused requests on a subject in the trail, and times with an offset however the + arrives.
 */
@Import(AuditTrailApiTest.Clocks.class)
class AuditTrailApiTest extends QuerySideHttpTestSupport {

    static final Instant MORNING = Instant.parse("2026-11-30T08:00:00Z");
    static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");
    static final Instant EVENING = Instant.parse("2026-11-30T18:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(MORNING);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    MovableClock clock;

    @Test
    void returns_WhenFilteredByActor_OnlyWhatThatUserDidReadOrWasRefused() throws Exception {
        UUID customerId = registered("Toimija", "reception-" + suffix());
        String other = "nurse-" + suffix();
        EventStream.of(context, UUID.randomUUID()).append(CustomerEvents.registered(UUID.randomUUID(), "Muu",
                "muu-" + suffix() + "@example.invalid"), other, LegalBasis.CONTRACT);
        caughtUp();

        JsonNode page = trail("actor=" + other);

        assertThat(page.path("total").asInt()).isEqualTo(1);
        assertThat(entries(page)).extracting(entry -> entry.path("actor").asText()).containsExactly(other);
        assertThat(entries(trail("customerId=" + customerId))).extracting(entry -> entry.path("actor").asText())
                .doesNotContain(other);
    }

    @Test
    void returns_WhenFiltersAreCombined_OnlyTheEntriesMatchingEveryOne() throws Exception {
        UUID customerId = UUID.randomUUID();
        String actor = "combined-" + suffix();
        EventStream events = EventStream.of(context, customerId);
        clock.set(MORNING);
        events.append(CustomerEvents.registered(customerId, "Yhdistetty", "yhd-" + suffix() + "@example.invalid"), actor, LegalBasis.CONTRACT);
        events.append(CustomerEvents.marketingByEmail(customerId, UUID.randomUUID()), actor, LegalBasis.LEGAL_OBLIGATION);
        clock.set(EVENING);
        events.append(CustomerEvents.marketingByEmail(customerId, UUID.randomUUID()), actor, LegalBasis.LEGAL_OBLIGATION);
        caughtUp();

        JsonNode page = trail("customerId=" + customerId + "&actor=" + actor + "&eventType=ConsentGivenEvent"
                + "&legalBasis=LEGAL_OBLIGATION&kind=EVENT&from=" + MORNING + "&to=" + NOON);

        assertThat(entries(page)).singleElement().satisfies(entry -> {
            assertThat(entry.path("sequence").asLong()).isEqualTo(1);
            assertThat(entry.path("at").asText()).isEqualTo(MORNING.toString());
        });
        assertThat(trail("customerId=" + customerId + "&legalBasis=CONTRACT").path("total").asInt()).isEqualTo(1);
        assertThat(trail("customerId=" + customerId + "&from=" + NOON).path("total").asInt()).isEqualTo(1);
        assertThat(trail("eventType=ConsentGivenEvent&actor=" + actor).path("total").asInt()).isEqualTo(2);
    }

    @Test
    void returns_WhenNoFilterIsGiven_TheWholeTrailPaged() throws Exception {
        registered("Kaikki", "all-" + suffix());
        caughtUp();

        JsonNode first = trail("limit=1");

        assertThat(entries(first)).hasSize(1);
        assertThat(first.path("total").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void rejects_WhenAParameterIsUnknownOrGivenTwice_InsteadOfIgnoringIt() throws Exception {
        TestRestTemplate dpo = http.withBasicAuth("dpo", "dpo");
        for (String query : List.of("user=staff", "actors=staff", "customerId=" + UUID.randomUUID() + "&sort=at",
                "actor=staff&actor=dpo")) {
            ResponseEntity<String> refused = dpo.getForEntity("/api/audit?" + query, String.class);
            assertProblem(refused, HttpStatus.BAD_REQUEST, "unknown-parameter");
            assertThat(refused.getBody()).doesNotContain("user=", "actors", "sort");
        }
    }

    @Test
    void rejects_WhenAValueCannotBeRead() throws Exception {
        TestRestTemplate dpo = http.withBasicAuth("dpo", "dpo");
        for (String query : List.of("legalBasis=CONSENTED", "legalBasis=contract", "eventType=CustomerRegistred",
                "eventType=PersonalDataReadEvent", "kind=WRITE", "customerId=not-an-id", "actor=",
                "actor=" + "x".repeat(101), "from=2026-11-30T10:00:00", "from=2026-11-30", "from=yesterday",
                "limit=0", "limit=1001", "limit=many", "offset=-1", "from=" + EVENING + "&to=" + MORNING,
                "from=%2B10000-01-01T00:00:00Z", "from=-0001-01-01T00:00:00Z", "to=" + Instant.MAX)) {
            assertProblem(dpo.getForEntity("/api/audit?" + query, String.class), HttpStatus.BAD_REQUEST, "invalid-field");
        }
    }

    @Test
    void reads_TheOffsetOfATime_WhenItsPlusArrivesUnencoded() throws Exception {
        UUID customerId = UUID.randomUUID();
        clock.set(NOON);
        EventStream.of(context, customerId).append(CustomerEvents.registered(customerId, "Plus",
                "plus-" + suffix() + "@example.invalid"), "staff", LegalBasis.CONTRACT);
        caughtUp();
        TestRestTemplate dpo = http.withBasicAuth("dpo", "dpo");
        String subject = "customerId=" + customerId;

        // 14:00+02:00 is noon UTC: inclusive from finds the event, exclusive to does not
        for (String from : List.of("2026-11-30T14:00:00+02:00", "2026-11-30T14:00:00%2B02:00", "2026-11-30T12:00:00Z")) {
            ResponseEntity<String> answer = dpo.getForEntity(URI.create(base() + "/api/audit?" + subject + "&from=" + from), String.class);
            assertThat(answer.getStatusCode()).as(from).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(answer.getBody()).path("total").asInt()).as(from).isEqualTo(1);
        }
        ResponseEntity<String> before = dpo.getForEntity(URI.create(base() + "/api/audit?" + subject + "&to=2026-11-30T14:00:00+02:00"), String.class);
        assertThat(json.readTree(before.getBody()).path("total").asInt()).isZero();
        // a space anywhere else is not a lost +
        for (String broken : List.of("2026-11-30%2014:00:00%2B02:00", "2026-11-30T14:00:00%20%2002:00", "%202026-11-30T14:00:00Z")) {
            assertProblem(dpo.getForEntity(URI.create(base() + "/api/audit?from=" + broken), String.class),
                    HttpStatus.BAD_REQUEST, "invalid-field");
        }
    }

    @Test
    void writes_CSV_WhenAcceptAsksForIt_QuotedPerRfc4180AndSafeInASpreadsheet() throws Exception {
        UUID customerId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        clock.set(MORNING);
        // actors as a broken or hostile past version might have stored them: the trail shows metadata as recorded
        events.append(CustomerEvents.registered(customerId, "Csv", "csv-" + suffix() + "@example.invalid"),
                "=HYPERLINK(\"http://evil.invalid\",\"click\")", LegalBasis.CONTRACT);
        events.append(CustomerEvents.marketingByEmail(customerId, UUID.randomUUID()), "a \"quoted\", name\r\nnext line", LegalBasis.LEGAL_OBLIGATION);
        for (String formula : List.of("+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx")) {
            events.append(CustomerEvents.marketingByEmail(customerId, UUID.randomUUID()), formula, LegalBasis.LEGAL_OBLIGATION);
        }
        caughtUp();

        ResponseEntity<String> answer = csv("/api/audit?customerId=" + customerId, "text/csv");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        String body = answer.getBody();
        assertThat(body).startsWith("kind,at,customerId,sequence,eventType,actor,correlationId,legalBasis,consentId,reader,what,outcome\r\n");
        assertThat(body).contains("\"'=HYPERLINK(\"\"http://evil.invalid\"\",\"\"click\"\")\"")
                .contains("\"a \"\"quoted\"\", name\r\nnext line\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        assertThat(rows).extracting(row -> row.get("actor")).containsExactly("'=HYPERLINK(\"http://evil.invalid\",\"click\")",
                "a \"quoted\", name\r\nnext line", "'+1+1", "'-1+1", "'@SUM(A1)", "'\tx", "'\rx");
        assertThat(rows.get(0).get("customerId")).isEqualTo(customerId.toString());
        assertThat(rows.get(0).get("eventType")).isEqualTo("CustomerRegisteredEvent");
        assertThat(rows.get(0).get("at")).isEqualTo(MORNING.toString());
        // the same page as the JSON, and nothing more: no name, no e-mail address
        assertThat(body).doesNotContain("Csv,", "csv-", "@example.invalid");
        assertThat(rows).hasSize(trail("customerId=" + customerId).path("total").asInt());
    }

    @Test
    void answers_InTheFormatTheAcceptHeaderPrefers_And406ForNeither() throws Exception {
        String path = "/api/audit?limit=1";
        for (String accept : List.of("application/json", "*/*", "application/*", "text/csv;q=0.5, application/json")) {
            assertThat(csv(path, accept).getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
                    .as(accept).isTrue();
        }
        for (String accept : List.of("text/csv", "text/*", "application/json;q=0.1, text/csv")) {
            assertThat(csv(path, accept).getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                    .as(accept).isTrue();
        }
        for (String accept : List.of("application/xml", "text/html", "application/json;q=0, text/plain")) {
            assertProblem(csv(path, accept), HttpStatus.NOT_ACCEPTABLE, "not-acceptable");
        }
        // a refusal is a problem document whatever format was asked for
        assertProblem(csv("/api/audit?kind=WRITE", "text/csv"), HttpStatus.BAD_REQUEST, "invalid-field");
    }

    @Test
    void records_WhenARequestOnASubjectIsRefused_AndShowsItInTheTrail() throws Exception {
        UUID customerId = registered("Uteliaisuus", "staff");
        String management = "management";
        assertThat(http.withBasicAuth(management, management).getForEntity("/api/customers/" + customerId, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId + "/export", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("staff", "staff").getForEntity("/api/audit?customerId=" + customerId, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // whatever else the caller typed into the path is not kept
        assertThat(http.withBasicAuth(management, management).getForEntity("/api/customers/" + customerId
                + "/Matti Meikalainen", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        caughtUp();

        JsonNode page = trail("customerId=" + customerId + "&kind=DENIED");

        assertThat(entries(page)).extracting(entry -> entry.path("actor").asText() + " " + entry.path("what").asText()
                        + " " + entry.path("outcome").asText())
                .containsExactly("management GET /api/customers/{id} DENIED", "staff GET /api/customers/{id}/export DENIED",
                        "staff GET /api/audit DENIED", "management GET /api/customers/{id}/* DENIED");
        assertThat(entries(page)).allSatisfy(entry -> assertThat(entry.path("at").asText()).isEqualTo(clock.instant().toString()));
        assertThat(page.toString()).doesNotContain("Matti", "Uteliaisuus");
    }

    @Test
    void recordsNothing_WhenTheRefusedRequestNamesNoSubject() throws Exception {
        caughtUp();
        long before = trail("kind=DENIED").path("total").asLong();

        assertThat(http.withBasicAuth("management", "management").getForEntity("/api/customers?email=x@example.invalid",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("staff", "staff").getForEntity("/api/audit?from=" + MORNING, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        caughtUp();

        assertThat(trail("kind=DENIED").path("total").asLong()).isEqualTo(before);
    }

    private UUID registered(String lastName, String actor) {
        UUID customerId = UUID.randomUUID();
        EventStream.of(context, customerId).append(CustomerEvents.registered(customerId, lastName,
                lastName.toLowerCase() + "-" + suffix() + "@example.invalid"), actor, LegalBasis.CONTRACT);
        ProcessorCatchUp.awaitCaughtUp(context, "customer-view");
        return customerId;
    }

    private void caughtUp() {
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.AUDIT_TRAIL);
    }

    private JsonNode trail(String query) throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth("dpo", "dpo").getForEntity("/api/audit?" + query, String.class);
        assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private ResponseEntity<String> csv(String path, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        return http.withBasicAuth("dpo", "dpo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private String base() {
        return http.getRootUri();
    }

    private static List<JsonNode> entries(JsonNode page) {
        List<JsonNode> entries = new ArrayList<>();
        page.path("entries").forEach(entries::add);
        return entries;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
