package fi.register.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.events.LegalBasis;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.query.QuerySideHttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A separate consumer builds the statistics of service use from the feed alone, over HTTP, and gets exactly the
 * register's own report: before an erasure, after it (reading on from where it was), and when it starts over from
 * the beginning after it. Cells are compared unsuppressed ({@code min-cell} 1): the consumer has the exact counts, and
 * suppression is the report's presentation, not a different count.
 */
@TestPropertySource(properties = "register.reporting.min-cell=1")
class FeedConsumerTest extends QuerySideHttpTestSupport {

    private static final String REPORT = "/api/reports/service-use?from=2025-01&to=2025-12";

    @Test
    void aConsumerOfTheFeedAloneCountsWhatTheRegistersOwnReportCounts_BeforeAndAfterAnErasure() throws Exception {
        List<EveryKindOfEvent> subjects = List.of(
                new EveryKindOfEvent("Gamma", Instant.parse("2025-01-20T09:00:00Z")),
                new EveryKindOfEvent("Delta", Instant.parse("2025-01-31T23:59:50Z")),
                new EveryKindOfEvent("Epsilon", Instant.parse("2025-03-05T12:00:00Z")));
        subjects.forEach(subject -> subject.appendTo(context));
        String base = "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
        ServiceUseFromFeed consumer = new ServiceUseFromFeed(base, "reporting", "reporting");

        Map<String, Map<String, Map<Map<String, String>, Long>>> before = awaitTheSame(consumer);
        assertThat(before).containsKeys("2025-01", "2025-02", "2025-03");
        assertThat(before.get("2025-01").get("bookingsCancelled")).isNotEmpty();

        EveryKindOfEvent erased = subjects.get(0);
        protection.keyStore().destroy(erased.customerId);
        erased.stream().append(new SubjectErasedEvent(erased.customerId, ErasureReason.SUBJECT_REQUEST,
                Instant.parse("2025-06-02T10:00:00Z")), "dpo", LegalBasis.LEGAL_OBLIGATION);

        Map<String, Map<String, Map<Map<String, String>, Long>>> after = awaitTheSame(consumer);
        assertThat(after.get("2025-06").get("erasures")).containsValue(1L);
        for (String month : List.of("2025-01", "2025-02", "2025-03")) {
            assertThat(after.get(month)).as("a past month after the erasure").isEqualTo(before.get(month));
        }
        assertThat(new ServiceUseFromFeed(base, "reporting", "reporting").catchUp().counts())
                .as("a consumer starting over after the erasure").isEqualTo(after);
    }

    /** Waits for the register's projection (the feed reads the store itself, the report a projection of it). */
    private Map<String, Map<String, Map<Map<String, String>, Long>>> awaitTheSame(ServiceUseFromFeed consumer) {
        Map<String, Map<String, Map<Map<String, String>, Long>>> fromTheFeed = new HashMap<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            fromTheFeed.clear();
            fromTheFeed.putAll(consumer.catchUp().counts());
            assertThat(report()).isEqualTo(fromTheFeed);
        });
        return new TreeMap<>(fromTheFeed);
    }

    /** The register's own report, as the same shape: month -> measure -> dimensions -> count, non-zero cells only. */
    private Map<String, Map<String, Map<Map<String, String>, Long>>> report() throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("management", "management").getForEntity(REPORT, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = json.readTree(response.getBody());
        assertThat(report.path("minCell").asInt()).isEqualTo(1);
        Map<String, Map<String, Map<Map<String, String>, Long>>> counts = new TreeMap<>();
        for (JsonNode month : report.path("months")) {
            month.path("counts").fields().forEachRemaining(measure -> {
                for (JsonNode cell : measure.getValue()) {
                    assertThat(cell.path("suppressed").asBoolean()).isFalse();
                    Map<String, String> dimensions = new LinkedHashMap<>();
                    cell.path("dimensions").fields().forEachRemaining(dimension -> dimensions.put(dimension.getKey(),
                            dimension.getValue().isNull() ? null : dimension.getValue().asText()));
                    counts.computeIfAbsent(month.path("month").asText(), m -> new TreeMap<>())
                            .computeIfAbsent(measure.getKey(), m -> new HashMap<>())
                            .merge(dimensions, cell.path("count").asLong(), Long::sum);
                }
            });
        }
        return counts;
    }
}
