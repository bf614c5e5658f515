package fi.register.deploy.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two command-side JVMs behind the gateway, both enforcing retention by themselves every second on one PostgreSQL:
 * once the period has passed, every subject is erased exactly once (one {@code SubjectErasedEvent}, by the system),
 * and the query side, a third JVM, serves each as erased. The command sides run on a clock the test moves from
 * outside ({@link CommandSideOnAMovableClock}), so no one waits 24 months.
 */
class RetentionByTwoCommandSidesTest {

    static final int SUBJECTS = 8;
    static final Instant REGISTERED = Instant.parse("2026-05-04T07:00:00Z");

    // kept when the test fails: each process's output is in its directory
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void erasesEachSubjectExactlyOnce_WhenTwoCommandSidesEnforceAtOnce() throws Exception {
        assumeTrue(Gateway.nginx().isPresent(), Gateway.skippedWithoutNginx());
        Path clock = work.resolve("clock");
        CommandSideOnAMovableClock.set(clock, REGISTERED);
        try (SplitRegister register = SplitRegister.start(work, 2, CommandSideOnAMovableClock.class,
                List.of("-D" + CommandSideOnAMovableClock.CLOCK_FILE + "=" + clock),
                "--register.retention.check-interval=PT1S")) {
            List<String> subjects = new ArrayList<>();
            for (int i = 0; i < SUBJECTS; i++) {
                HttpResponse<String> registered = register.send("staff", "POST", "/api/customers", """
                        {"kind":"PERSON","firstName":"Testi","lastName":"Vanhentuva","phone":"+358 40 000 00%02d",
                         "customerGroup":"EMFIT_MONITORING","language":"fi"}""".formatted(i));
                assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
                subjects.add(json.readTree(registered.body()).get("customerId").asText());
            }

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                for (String subject : subjects) {
                    assertThat(register.send("staff", "GET", "/api/customers/" + subject, null).statusCode())
                            .as("the view of a subject within its period").isEqualTo(200);
                }
            });
            assertThat(register.send("dpo", "GET", "/api/retention/due?before=2028-05-05T00:00:00Z", null).body())
                    .contains(subjects);

            CommandSideOnAMovableClock.set(clock, REGISTERED.atOffset(ZoneOffset.UTC).plusMonths(24).toInstant());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                for (String subject : subjects) {
                    assertThat(register.send("staff", "GET", "/api/customers/" + subject, null).statusCode())
                            .as("the view of a subject past its period").isEqualTo(410);
                }
            });
            // the view answers 410 as soon as the key is gone; the audit trail is a projection of its own, which may lag
            JsonNode[] audited = new JsonNode[1];
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                HttpResponse<String> erasures = register.send("dpo", "GET",
                        "/api/audit?kind=EVENT&eventType=SubjectErasedEvent&limit=1000", null);
                assertThat(erasures.statusCode()).as(erasures.body()).isEqualTo(200);
                audited[0] = json.readTree(erasures.body()).get("entries");
                assertThat(audited[0]).as("erasures in the audit trail").hasSizeGreaterThanOrEqualTo(SUBJECTS);
            });
            JsonNode entries = audited[0];
            Map<String, Long> erasuresPerSubject = StreamSupport.stream(entries.spliterator(), false)
                    .map(entry -> entry.get("customerId").asText())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(erasuresPerSubject).hasSize(SUBJECTS).containsOnlyKeys(subjects).allSatisfy(
                    (subject, count) -> assertThat(count).as("erasures of one subject").isEqualTo(1));
            assertThat(entries).allSatisfy(entry -> assertThat(entry.get("actor").asText()).isEqualTo("system"));

            List<String> log = register.accessLog();
            for (String commandSide : register.commandSideUpstreams()) {
                assertThat(log).as("registrations reached both command-side instances")
                        .anyMatch(line -> line.contains("POST route=commands status=201") && line.endsWith(commandSide));
            }
        }
    }
}
