package fi.register.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.events.LegalBasis;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.personal.PersonalData;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import fi.register.query.EventStream;
import fi.register.query.QuerySideHttpTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The reporting feed over HTTP: what it holds, how it pages, and who may read it. */
class FeedApiTest extends QuerySideHttpTestSupport {

    /** A Finnish personal identity code's shape: six digits, a century sign, three digits, a check character. */
    private static final Pattern IDENTITY_CODE = Pattern.compile("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]");

    private static final EveryKindOfEvent first = new EveryKindOfEvent("Alfa", Instant.parse("2025-03-03T08:00:00Z"));
    private static final EveryKindOfEvent second = new EveryKindOfEvent("Beeta", Instant.parse("2025-04-07T08:00:00Z"));
    private static boolean written;

    /** Once for the class (its data directory is its own): the tests read the same history. */
    @BeforeEach
    void aHistoryWithEveryKindOfEventOneSubjectErased() {
        if (written) {
            return;
        }
        written = true;
        first.appendTo(context);
        second.appendTo(context);
        protection.keyStore().destroy(second.customerId);
        second.stream().append(new SubjectErasedEvent(second.customerId,
                ErasureReason.SUBJECT_REQUEST, Instant.parse("2025-05-01T08:00:00Z")), "dpo", LegalBasis.LEGAL_OBLIGATION);
    }

    @Test
    void keeps_NoPersonalValueNoSubjectAndNoRegisterId_InAnyItemOfAHistoryWithEveryKindOfEvent() throws Exception {
        List<JsonNode> items = everything("/api/feed?limit=1000");
        String feed = items.toString();

        for (String secret : first.secrets()) {
            assertThat(feed).as("a personal value or id of the first subject").doesNotContain(secret);
        }
        for (String secret : second.secrets()) {
            assertThat(feed).as("a personal value or id of the erased subject").doesNotContain(secret);
        }
        assertThat(IDENTITY_CODE.matcher(feed).find()).as("something shaped like an identity code").isFalse();
        assertThat(feed).doesNotContain("@").doesNotContain("customerId").doesNotContain(PersonalData.ERASED);
        Set<String> types = new HashSet<>();
        items.forEach(item -> types.add(item.path("type").asText()));
        assertThat(types).containsAll(EveryKindOfEvent.CARRIED).contains("SubjectErasedEvent")
                .doesNotContain("PersonalDataReadEvent", "SubjectAccessDeniedEvent");
    }

    @Test
    void keeps_TheBusinessCodesAndLinksABookingsEventsByAPseudonym_WhetherTheSubjectIsErasedOrNot() throws Exception {
        List<JsonNode> items = everything("/api/feed?limit=1000");
        List<JsonNode> made = items.stream().filter(item -> item.path("type").asText().equals("BookingMadeEvent")).toList();
        List<JsonNode> cancelled = items.stream()
                .filter(item -> item.path("type").asText().equals("BookingCancelledEvent")).toList();
        assertThat(made).hasSize(4);
        assertThat(cancelled).hasSize(2);
        for (JsonNode cancellation : cancelled) {
            // the cancelled booking is the one made by e-mail for FIRSTBEAT_ANALYSIS, for both subjects
            JsonNode booking = made.stream().filter(item -> item.path("fields").path("booking")
                    .equals(cancellation.path("fields").path("booking"))).findFirst().orElseThrow();
            assertThat(booking.path("fields").path("service").asText()).isEqualTo("FIRSTBEAT_ANALYSIS");
            assertThat(booking.path("fields").path("channel").asText()).isEqualTo("EMAIL");
        }
        JsonNode registered = items.get(0);
        assertThat(registered.path("type").asText()).isEqualTo("CustomerRegisteredEvent");
        assertThat(registered.path("fields").path("kind").asText()).isEqualTo("PERSON");
        assertThat(registered.path("fields").path("customerGroup").asText()).isEqualTo("NEUROSONIC_TREATMENT");
        assertThat(registered.path("fields").path("registeredAt").asText()).isEqualTo("2025-03-03T08:00:00Z");
        assertThat(registered.path("position").asLong()).isPositive();
    }

    @Test
    void pagesAfterAPosition_ThePagesTogetherBeingTheWholeFeedInStoreOrder() throws Exception {
        List<JsonNode> whole = everything("/api/feed?after=0&limit=1000");
        List<JsonNode> paged = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = get("/api/feed?after=" + after + "&limit=3");
            assertThat(page.path("items").size()).isLessThanOrEqualTo(3);
            page.path("items").forEach(paged::add);
            if (page.path("next").asLong() == after) {
                break;
            }
            after = page.path("next").asLong();
        }
        assertThat(paged).isEqualTo(whole);
        List<Long> positions = whole.stream().map(item -> item.path("position").asLong()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();

        JsonNode fromTheSecond = get("/api/feed?after=" + positions.get(0) + "&limit=1");
        assertThat(fromTheSecond.path("items").get(0)).isEqualTo(whole.get(1));
        assertThat(get("/api/feed").path("items").get(0)).isEqualTo(whole.get(0));
    }

    @Test
    void answersNothingAndTheSamePosition_AfterTheHead() throws Exception {
        JsonNode beyond = get("/api/feed?after=999999999");
        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("next").asLong()).isEqualTo(999_999_999L);
        long last = everything("/api/feed?limit=1000").stream().mapToLong(item -> item.path("position").asLong())
                .max().orElseThrow();
        // the last position of the store may be an event the feed does not carry (a refused request): past it, nothing
        JsonNode atTheEnd = get("/api/feed?after=" + last + "&limit=1000");
        assertThat(atTheEnd.path("items")).isEmpty();
    }

    @Test
    void rejects_WhenAfterOrLimitIsOutOfFormOrRange_OrAParameterIsUnknownOrRepeated() throws Exception {
        TestRestTemplate reporting = http.withBasicAuth("reporting", "reporting");
        for (String query : List.of("?after=-1", "?after=abc", "?after=1.5", "?after=99999999999999999999",
                "?limit=0", "?limit=1001", "?limit=-5", "?limit=ten", "?after=")) {
            ResponseEntity<String> refused = reporting.getForEntity("/api/feed" + query, String.class);
            assertProblem(refused, HttpStatus.BAD_REQUEST, "invalid-field");
            assertThat(problemText(refused)).doesNotContain("abc").doesNotContain("ten").doesNotContain("1001");
        }
        assertProblem(reporting.getForEntity("/api/feed?customerId=" + UUID.randomUUID(), String.class),
                HttpStatus.BAD_REQUEST, "unknown-parameter");
        assertProblem(reporting.getForEntity("/api/feed?after=1&after=2", String.class),
                HttpStatus.BAD_REQUEST, "unknown-parameter");
        assertProblem(reporting.getForEntity("/api/feed/live?after=x", String.class),
                HttpStatus.BAD_REQUEST, "invalid-field");
        assertThat(reporting.getForEntity("/api/feed?limit=1000", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reporting.getForEntity("/api/feed?limit=1", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void rejects_EveryoneButTheReportingRole() throws Exception {
        for (String path : List.of("/api/feed", "/api/feed/live")) {
            for (String user : List.of("staff", "dpo", "management")) {
                assertProblem(http.withBasicAuth(user, user).getForEntity(path, String.class), HttpStatus.FORBIDDEN,
                        "forbidden");
            }
            assertProblem(http.getForEntity(path, String.class), HttpStatus.UNAUTHORIZED, "unauthenticated");
        }
        assertThat(http.withBasicAuth("reporting", "reporting").getForEntity("/api/feed", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theFeedIsDocumentedInTheQuerySideApi() throws Exception {
        JsonNode paths = json.readTree(http.getForObject("/v3/api-docs/query-side", String.class)).path("paths");
        assertThat(paths.has("/api/feed")).isTrue();
        assertThat(paths.has("/api/feed/live")).isTrue();
    }

    @Test
    void theLiveTailDeliversAnEventAppendedAfterTheClientConnected_AndResumesFromLastEventId() throws Exception {
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        UUID customerId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        try (FeedTailClient tail = FeedTailClient.connect(port, "reporting", null, null)) {
            events.append(new ServiceProvidedEvent(customerId, UUID.randomUUID(), "EMFIT_MONITORING",
                    ServiceEventKind.MONITORING_PERIOD_ENDED, Instant.parse("2025-06-01T08:00:00Z")), "staff",
                    LegalBasis.CONTRACT);
            FeedTailClient.Received received = tail.next();
            JsonNode item = json.readTree(received.data());
            assertThat(item.path("type").asText()).isEqualTo("ServiceProvidedEvent");
            assertThat(item.path("fields").path("service").asText()).isEqualTo("EMFIT_MONITORING");
            assertThat(received.id()).isEqualTo(item.path("position").asText());
            assertThat(received.data()).doesNotContain(customerId.toString());
        }
        // a client that lost its connection reconnects with the last id it saw and gets what came after it
        List<JsonNode> whole = everything("/api/feed?limit=1000");
        JsonNode third = whole.get(2);
        try (FeedTailClient resumed = FeedTailClient.connect(port, "reporting", whole.get(1).path("position").asText(),
                "0")) {
            assertThat(json.readTree(resumed.next().data())).isEqualTo(third);
            assertThat(json.readTree(resumed.next().data())).isEqualTo(whole.get(3));
        }
    }

    private List<JsonNode> everything(String path) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        get(path).path("items").forEach(items::add);
        return items;
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("reporting", "reporting").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
