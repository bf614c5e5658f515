package fi.register.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.events.LegalBasis;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.query.QuerySideHttpTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A separate consumer, a process of its own, builds the statistics of service use from the feed alone, over HTTP, and
 * gets exactly the register's own report: before an erasure, after it (a later run reading on from where the last one
 * stopped, as its state file says), and when it starts over from the beginning after it (a new state file). Cells are compared unsuppressed ({@code min-cell} 1): the consumer has the exact counts, and
 * suppression is the report's presentation, not a different count.
 */
@TestPropertySource(properties = "register.reporting.min-cell=1")
class FeedConsumerTest extends QuerySideHttpTestSupport {

    @TempDir
    Path stateDirectory;

    private static final String REPORT = "/api/reports/service-use?from=2025-01&to=2025-12";

    @Test
    void aConsumerOfTheFeedAloneCountsWhatTheRegistersOwnReportCounts_BeforeAndAfterAnErasure() throws Exception {
        List<EveryKindOfEvent> subjects = List.of(
                new EveryKindOfEvent("Gamma", Instant.parse("2025-01-20T09:00:00Z")),
                new EveryKindOfEvent("Delta", Instant.parse("2025-01-31T23:59:50Z")),
                new EveryKindOfEvent("Epsilon", Instant.parse("2025-03-05T12:00:00Z")));
        subjects.forEach(subject -> subject.appendTo(context));
        String base = "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
        Path consumerState = stateDirectory.resolve("consumer.json");

        Map<String, Map<String, Map<Map<String, String>, Long>>> before = awaitTheSame(base, consumerState);
        assertThat(before).containsKeys("2025-01", "2025-02", "2025-03");
        assertThat(before.get("2025-01").get("bookingsCancelled")).isNotEmpty();

        EveryKindOfEvent erased = subjects.get(0);
        protection.keyStore().destroy(erased.customerId);
        erased.stream().append(new SubjectErasedEvent(erased.customerId, ErasureReason.SUBJECT_REQUEST,
                Instant.parse("2025-06-02T10:00:00Z")), "dpo", LegalBasis.LEGAL_OBLIGATION);

        long positionBefore = new ObjectMapper().readTree(consumerState.toFile()).path("after").asLong();
        Map<String, Map<String, Map<Map<String, String>, Long>>> after = awaitTheSame(base, consumerState);
        assertThat(new ObjectMapper().readTree(consumerState.toFile()).path("after").asLong())
                .as("the consumer read on from its position").isGreaterThan(positionBefore);
        assertThat(after.get("2025-06").get("erasures")).containsValue(1L);
        for (String month : List.of("2025-01", "2025-02", "2025-03")) {
            assertThat(after.get(month)).as("a past month after the erasure").isEqualTo(before.get(month));
        }
        assertThat(runConsumer(base, stateDirectory.resolve("started-over.json")))
                .as("a consumer starting over after the erasure").isEqualTo(after);
    }

    /**
     * Runs the consumer until its counts are the report's: the feed reads the store itself, the report a projection of
     * it, which may not have caught up when a run ends.
     */
    private Map<String, Map<String, Map<Map<String, String>, Long>>> awaitTheSame(String base, Path state) {
        Map<String, Map<String, Map<Map<String, String>, Long>>> fromTheFeed = new HashMap<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            fromTheFeed.clear();
            fromTheFeed.putAll(runConsumer(base, state));
            assertThat(report()).isEqualTo(fromTheFeed);
        });
        return new TreeMap<>(fromTheFeed);
    }

    /** One run of the consumer in a JVM of its own, on this test's class path; its counts, from its state file. */
    private Map<String, Map<String, Map<Map<String, String>, Long>>> runConsumer(String base, Path state) throws Exception {
        ProcessBuilder consumer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServiceUseFromFeed.class.getName(), base, "reporting",
                state.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stateDirectory.resolve("consumer.log").toFile()));
        consumer.environment().put("FEED_PASSWORD", "reporting");
        Process run = consumer.start();
        if (!run.waitFor(60, TimeUnit.SECONDS)) {
            run.destroyForcibly();
            throw new AssertionError("the consumer did not finish within a minute");
        }
        assertThat(run.exitValue()).as("the consumer's exit status (its log: consumer.log)").isZero();
        return ServiceUseFromFeed.countsIn(state);
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
