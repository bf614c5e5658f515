package fi.register.query.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.events.LegalBasis;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.query.EventStream;
import fi.register.query.ProcessorCatchUp;
import fi.register.query.QuerySideHttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The service-use report over HTTP on the embedded default: events in, counts out, for management and the DPO only. */
class ServiceUseReportApiTest extends QuerySideHttpTestSupport {

    private static final String REPORT = "/api/reports/service-use";



    @Test
    void managementSeesCountsPerMonthWithSmallCellsSuppressedAndAnErasureChangesNoPastCount() throws Exception {
        Instant january = Instant.parse("2025-01-15T10:00:00Z");
        List<UUID> customers = new ArrayList<>();
        List<EventStream> streams = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID customerId = UUID.randomUUID();
            customers.add(customerId);
            EventStream events = EventStream.of(context, customerId);
            streams.add(events);
            events.append(person(customerId, "Tilasto" + i, january), "staff", LegalBasis.CONTRACT);
            UUID bookingId = UUID.randomUUID();
            events.append(new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", january.plusSeconds(86_400),
                    BookingChannel.BOOKING_SYSTEM, january), "staff", LegalBasis.CONTRACT);
            events.append(new BookingCompletedEvent(customerId, bookingId, "NEUROSONIC_TREATMENT",
                    january.plusSeconds(86_400)), "staff", LegalBasis.CONTRACT);
        }
        UUID company = UUID.randomUUID();
        EventStream.of(context, company).append(new CustomerRegisteredEvent(company, CustomerKind.COMPANY, null, null,
                "Harvinainen Oy", "2096006-8", null, null, "harvinainen@example.invalid", null, "EMFIT_MONITORING", "fi",
                january), "staff", LegalBasis.CONTRACT);

        JsonNode report = awaitReport("2025-01", "2025-02",
                r -> cell(r.path("totals").path("servicesCompleted"), "NEUROSONIC_TREATMENT").path("count").asLong() == 3
                        && r.path("totals").path("customersRegistered").size() == 2);

        assertThat(report.path("minCell").asInt()).isEqualTo(3);
        assertThat(report.path("months")).hasSize(2);
        JsonNode januaryRow = report.path("months").get(0);
        assertThat(januaryRow.path("month").asText()).isEqualTo("2025-01");
        assertThat(cell(januaryRow.path("counts").path("customersRegistered"), "PERSON").path("count").asLong()).isEqualTo(3);
        JsonNode rare = cell(januaryRow.path("counts").path("customersRegistered"), "COMPANY");
        assertThat(rare.path("count").isNull()).isTrue();
        assertThat(rare.path("suppressed").asBoolean()).isTrue();
        assertThat(cell(januaryRow.path("counts").path("bookingsMade"), "BOOKING_SYSTEM").path("count").asLong()).isEqualTo(3);
        assertThat(report.path("months").get(1).path("counts").path("bookingsMade")).isEmpty();

        // the command side's shredder destroys the key; the erasure is counted in its own month, nothing else moves
        UUID erased = customers.get(0);
        protection.keyStore().destroy(erased);
        JsonNode before = report;
        streams.get(0).append(new SubjectErasedEvent(erased, ErasureReason.SUBJECT_REQUEST,
                Instant.parse("2025-02-10T08:00:00Z")), "dpo", LegalBasis.LEGAL_OBLIGATION);
        JsonNode after = awaitReport("2025-01", "2025-02",
                r -> r.path("months").get(1).path("counts").path("erasures").size() == 1);
        assertThat(after.path("months").get(0)).isEqualTo(before.path("months").get(0));
        assertThat(after.path("months").get(1).path("counts").path("erasures").get(0).path("suppressed").asBoolean()).isTrue();
        String body = after.toString();
        for (UUID customerId : customers) {
            assertThat(body).doesNotContain(customerId.toString());
        }
        assertThat(body).doesNotContain("Tilasto").doesNotContain("Harvinainen");

        // a replay reads the erased subject's events with the erased marker, codes as stored: the same numbers
        ProcessorCatchUp.replayEveryView(context);
        assertThat(awaitReport("2025-01", "2025-02", r -> true)).isEqualTo(after);
    }

    @Test
    void theReportIsDocumentedInTheQuerySideApi() throws Exception {
        JsonNode paths = json.readTree(http.getForObject("/v3/api-docs/query-side", String.class)).path("paths");
        assertThat(paths.has(REPORT)).isTrue();
    }

    @Test
    void managementAndTheDpoMayReadItStaffMayNotAndNoOneAnonymously() throws Exception {
        String path = REPORT + "?from=2024-01&to=2024-12";
        assertThat(http.withBasicAuth("management", "management").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("dpo", "dpo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertProblem(http.withBasicAuth("staff", "staff").getForEntity(path, String.class), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(http.getForEntity(path, String.class), HttpStatus.UNAUTHORIZED, "unauthenticated");
    }

    @Test
    void theMonthsAreRequiredWellFormedInOrderAndAtMostTenYearsApart() throws Exception {
        TestRestTemplate management = http.withBasicAuth("management", "management");
        for (String query : List.of("?to=2026-01", "?from=2026-01", "?from=2026-13&to=2026-12", "?from=2026-1&to=2026-12",
                "?from=2026-01-05&to=2026-12", "?from=2026-01&to=next", "?from=2026-02&to=2026-01",
                "?from=2016-01&to=2026-01")) {
            ResponseEntity<String> refused = management.getForEntity(REPORT + query, String.class);
            assertProblem(refused, HttpStatus.BAD_REQUEST, "invalid-field");
            assertThat(problemText(refused)).doesNotContain("2026-13").doesNotContain("2026-1&").doesNotContain("next")
                    .doesNotContain("2026-01-05");
        }
        JsonNode tenYears = json.readTree(management.getForEntity(REPORT + "?from=2016-02&to=2026-01", String.class).getBody());
        assertThat(tenYears.path("months")).hasSize(120);
        assertThat(tenYears.path("months").get(0).path("counts").path("servicesCompleted")).isEmpty();
    }


    private JsonNode awaitReport(String from, String to, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ResponseEntity<String> response = http.withBasicAuth("management", "management")
                    .getForEntity(REPORT + "?from=" + from + "&to=" + to, String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            found[0] = json.readTree(response.getBody());
            return ready.test(found[0]);
        });
        return found[0];
    }

    private static JsonNode cell(JsonNode cells, String code) {
        for (JsonNode cell : cells) {
            for (JsonNode value : cell.path("dimensions")) {
                if (code.equals(value.asText())) {
                    return cell;
                }
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static CustomerRegisteredEvent person(UUID customerId, String lastName, Instant at) {
        return new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Testi", lastName, null, null,
                new PostalAddress("Malminraitti 17 C", "00700", "Helsinki", "FI"), null,
                lastName.toLowerCase() + "@example.invalid", null, "NEUROSONIC_TREATMENT", "fi", at);
    }
}
