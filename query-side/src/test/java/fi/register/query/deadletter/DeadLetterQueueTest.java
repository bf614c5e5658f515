package fi.register.query.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.personal.PersonalData;
import fi.register.query.CustomerEvents;
import fi.register.query.EventStream;
import fi.register.query.ProcessorCatchUp;
import fi.register.query.QuerySideRun;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection's failed event is dead-lettered with the later events of its aggregate behind it, never skipped: the
 * view stays as it was before the failure, the health says so, the letters survive a restart of a kept store, and the
 * DPO's retry applies them in order once the cause is gone. Where the views are rebuilt at every start (the embedded
 * default), the rebuild decides every event again instead. The letters' personal fields are sealed under the
 * subject's key.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterQueueTest {

    private static final String CUSTOMER_VIEW = "customer-view";

    @TempDir
    Path dataDir;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void switchTheFaultOff() {
        SwitchableFault.FAILING.clear();
    }

    @Test
    void keepsAFailedEventAndTheLaterOnesOfItsSubject_UntilARetryAfterTheCauseIsGone_AcrossARestart(CapturedOutput output)
            throws Exception {
        UUID failing = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        SwitchableFault.FAILING.add(failing);

        try (ConfigurableApplicationContext first = start(QuerySideRun.KEPT_STORE)) {
            EventStream subject = EventStream.of(first, failing);
            subject.append(CustomerEvents.registered(failing, "Alkuperäinen", "alku@example.invalid"), "staff", LegalBasis.CONTRACT);
            subject.append(lastNameRectified(failing, "Toinennimi"), "staff", LegalBasis.CONTRACT);
            subject.append(lastNameRectified(failing, "Kolmasnimi"), "staff", LegalBasis.CONTRACT);
            EventStream.of(first, other).append(CustomerEvents.registered(other, "Muu", "muu@example.invalid"),
                    "staff", LegalBasis.CONTRACT);
            ProcessorCatchUp.awaitCaughtUp(first, CUSTOMER_VIEW);

            assertThat(lastName(first, other)).as("another subject's events go on").isEqualTo("Muu");
            assertThat(lastName(first, failing)).as("neither the failed event nor the later one applied")
                    .isEqualTo("Alkuperäinen");
            JsonNode letters = deadLetters(first);
            assertThat(letters).hasSize(2);
            for (JsonNode letter : letters) {
                assertThat(letter.path("processingGroup").asText()).isEqualTo(CUSTOMER_VIEW);
                assertThat(letter.path("sequence").asText()).isEqualTo(failing.toString());
                assertThat(letter.path("eventType").asText()).isEqualTo("CustomerRectifiedEvent");
                assertThat(letter.path("eventId").asText()).isNotBlank();
            }
            assertThat(letters.get(0).path("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
            assertDegradedWith(first, 2);

            List<String> rows = rawDeadLetterRows(first);
            assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row)
                    .as("the sealed payload, read as stored").contains("\"customerId\":\"" + failing + "\"")
                    .doesNotContain("Toinennimi", "Kolmasnimi", "cannot take"));
            assertThat(rows).filteredOn(row -> row.contains(IllegalStateException.class.getName()))
                    .as("the failed one's cause: its class, not its message").singleElement().asString()
                    .contains(WithheldCause.WITHHELD);
        }
        assertThat(output.getAll())
                .contains("Projection customer-view dead-lettered event", "of aggregate " + failing
                        + ": java.lang.IllegalStateException", "Projection customer-view queued event")
                .doesNotContain("Toinennimi", "Kolmasnimi", "cannot take");

        try (ConfigurableApplicationContext restarted = start(QuerySideRun.KEPT_STORE)) {
            assertThat(deadLetters(restarted)).as("the dead letters after a restart").hasSize(2);
            assertDegradedWith(restarted, 2);

            JsonNode stillFailing = retry(restarted, "/api/dead-letters/customer-view/retry");
            assertThat(stillFailing.path("sequencesApplied").asInt()).isZero();
            assertThat(stillFailing.path("remaining").asLong()).isEqualTo(2);
            assertThat(lastName(restarted, failing)).isEqualTo("Alkuperäinen");

            SwitchableFault.FAILING.remove(failing);
            JsonNode applied = retry(restarted, "/api/dead-letters/customer-view/sequences/" + failing + "/retry");
            assertThat(applied.path("sequencesApplied").asInt()).isEqualTo(1);
            assertThat(applied.path("remaining").asLong()).isZero();
            assertThat(lastName(restarted, failing)).as("both applied, in order").isEqualTo("Kolmasnimi");
            assertThat(deadLetters(restarted)).isEmpty();
            JsonNode health = projectionsHealth(restarted);
            assertThat(health.path("status").asText()).isEqualTo("UP");
            assertThat(health.path("components").path("deadLetters").path("details").path("total").asLong()).isZero();
        }
        assertThat(output.getAll()).doesNotContain("Toinennimi", "Kolmasnimi", "cannot take");
    }

    @Test
    void decidesEveryEventAgain_WhenTheViewsAreRebuiltAtTheStart() throws Exception {
        UUID failing = UUID.randomUUID();
        SwitchableFault.FAILING.add(failing);
        try (ConfigurableApplicationContext first = start()) {
            EventStream subject = EventStream.of(first, failing);
            subject.append(CustomerEvents.registered(failing, "Alkuperäinen", "alku@example.invalid"), "staff", LegalBasis.CONTRACT);
            subject.append(lastNameRectified(failing, "Toinennimi"), "staff", LegalBasis.CONTRACT);
            subject.append(lastNameRectified(failing, "Kolmasnimi"), "staff", LegalBasis.CONTRACT);
            ProcessorCatchUp.awaitCaughtUp(first, CUSTOMER_VIEW);
            assertThat(deadLetters(first)).hasSize(2);
        }

        try (ConfigurableApplicationContext stillFailing = start()) {
            ProcessorCatchUp.awaitCaughtUp(stillFailing, CUSTOMER_VIEW);
            assertThat(deadLetters(stillFailing)).as("the earlier run's letters dropped, the rebuild's own in their place")
                    .hasSize(2);
            assertThat(lastName(stillFailing, failing)).isEqualTo("Alkuperäinen");
        }

        SwitchableFault.FAILING.remove(failing);
        try (ConfigurableApplicationContext mended = start()) {
            ProcessorCatchUp.awaitCaughtUp(mended, CUSTOMER_VIEW);
            assertThat(lastName(mended, failing)).as("the rebuild applied what failed before").isEqualTo("Kolmasnimi");
            assertThat(deadLetters(mended)).isEmpty();
        }
    }

    @Test
    void shredsTheDeadLettersPersonalFields_WhenTheSubjectsKeyIsErased() {
        UUID erased = UUID.randomUUID();
        SwitchableFault.FAILING.add(erased);
        try (ConfigurableApplicationContext context = start()) {
            EventStream subject = EventStream.of(context, erased);
            subject.append(CustomerEvents.registered(erased, "Poistuva", "poistuva@example.invalid"), "staff", LegalBasis.CONTRACT);
            subject.append(lastNameRectified(erased, "Salattava"), "staff", LegalBasis.CONTRACT);
            ProcessorCatchUp.awaitCaughtUp(context, CUSTOMER_VIEW);
            assertThat(payloadsOfDeadLetters(context)).extracting(CustomerRectifiedEvent::lastName)
                    .as("sealed, and readable while the key lives").containsExactly("Salattava");

            context.getBean(PersonalDataProtection.class).keyStore().destroy(erased);

            assertThat(payloadsOfDeadLetters(context)).extracting(CustomerRectifiedEvent::lastName)
                    .containsExactly(PersonalData.ERASED);
        }
    }

    @Test
    void refusesWithProblems_WhenTheGroupOrSequenceIsUnknownOrTheCallerIsNoDpo() throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            TestRestTemplate dpo = http(context).withBasicAuth("dpo", "dpo");
            assertProblem(dpo.postForEntity("/api/dead-letters/no-such-view/retry", null, String.class),
                    HttpStatus.NOT_FOUND, "unknown-projection");
            assertProblem(dpo.postForEntity("/api/dead-letters/read-audit/retry", null, String.class),
                    HttpStatus.NOT_FOUND, "unknown-projection");
            assertProblem(dpo.postForEntity("/api/dead-letters/customer-view/sequences/not-an-id/retry", null, String.class),
                    HttpStatus.BAD_REQUEST, "invalid-field");
            assertProblem(dpo.postForEntity("/api/dead-letters/customer-view/sequences/" + UUID.randomUUID() + "/retry",
                    null, String.class), HttpStatus.NOT_FOUND, "no-dead-letters");
            TestRestTemplate staff = http(context).withBasicAuth("staff", "staff");
            assertProblem(staff.getForEntity("/api/dead-letters", String.class), HttpStatus.FORBIDDEN, "forbidden");
            assertProblem(staff.postForEntity("/api/dead-letters/customer-view/retry", null, String.class),
                    HttpStatus.FORBIDDEN, "forbidden");
        }
    }

    private ConfigurableApplicationContext start(String... arguments) {
        return QuerySideRun.start(dataDir, new Class<?>[] {SwitchableFault.class}, arguments);
    }

    private static CustomerRectifiedEvent lastNameRectified(UUID customerId, String lastName) {
        return new CustomerRectifiedEvent(customerId, Set.of(CustomerField.LAST_NAME), null, lastName, null, null, null,
                null, null, null, null, null, CustomerEvents.REGISTERED_AT.plusSeconds(3600));
    }

    private String lastName(ConfigurableApplicationContext context, UUID customerId) throws Exception {
        ResponseEntity<String> view = http(context).withBasicAuth("staff", "staff")
                .getForEntity("/api/customers/" + customerId, String.class);
        assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(view.getBody()).path("lastName").asText();
    }

    private JsonNode deadLetters(ConfigurableApplicationContext context) throws Exception {
        ResponseEntity<String> list = http(context).withBasicAuth("dpo", "dpo").getForEntity("/api/dead-letters", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(list.getBody());
    }

    private JsonNode retry(ConfigurableApplicationContext context, String path) throws Exception {
        ResponseEntity<String> outcome = http(context).withBasicAuth("dpo", "dpo").postForEntity(path, null, String.class);
        assertThat(outcome.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(outcome.getBody());
    }

    private void assertDegradedWith(ConfigurableApplicationContext context, long count) throws Exception {
        JsonNode health = projectionsHealth(context);
        assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
        JsonNode deadLetters = health.path("components").path("deadLetters");
        assertThat(deadLetters.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(deadLetters.path("details").path("processingGroups").path(CUSTOMER_VIEW).asLong()).isEqualTo(count);
        ResponseEntity<String> overall = http(context).getForEntity("/actuator/health", String.class);
        assertThat(overall.getStatusCode()).as("the register still serves").isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(overall.getBody()).path("status").asText()).isEqualTo("DEGRADED");
    }

    private JsonNode projectionsHealth(ConfigurableApplicationContext context) throws Exception {
        ResponseEntity<String> health = http(context).getForEntity("/actuator/health/projections", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(health.getBody());
    }

    /** Every column of every dead letter's row as the database holds it, bytes read as UTF-8. */
    private static List<String> rawDeadLetterRows(ConfigurableApplicationContext context) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = context.getBean(DataSource.class).getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM dead_letter_entry")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    Object value = result.getObject(column);
                    if (value instanceof Blob blob) {
                        value = blob.getBytes(1, (int) blob.length());
                    }
                    row.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value))
                            .append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static List<CustomerRectifiedEvent> payloadsOfDeadLetters(ConfigurableApplicationContext context) {
        List<CustomerRectifiedEvent> payloads = new ArrayList<>();
        var queue = context.getBean(EventProcessingConfiguration.class).deadLetterQueue(CUSTOMER_VIEW).orElseThrow();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                payloads.add((CustomerRectifiedEvent) letter.message().getPayload());
            }
        }
        return payloads;
    }

    private void assertProblem(ResponseEntity<String> response, HttpStatus status, String type) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(json.readTree(response.getBody()).path("type").asText()).isEqualTo("urn:register:problem:" + type);
    }

    private static TestRestTemplate http(ConfigurableApplicationContext context) {
        return new TestRestTemplate(new org.springframework.boot.web.client.RestTemplateBuilder()
                .rootUri("http://localhost:" + context.getEnvironment().getProperty("local.server.port")));
    }
}
