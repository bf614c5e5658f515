package fi.register.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.events.LegalBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read audit is kept in the event store, not in the projection store: deleting the projections to rebuild them
 * loses no read, and a read that cannot be appended to the event store is not answered.
 */
class ReadAuditDurabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void keepsEveryRead_WhenTheProjectionStoreIsDeletedAndRebuilt() throws Exception {
        UUID customerId = UUID.randomUUID();
        try (ConfigurableApplicationContext first = start(QuerySideRun.KEPT_STORE)) {
            registerAndProject(first, customerId, "Luettu");
            assertThat(as(first, "staff").getForEntity("/api/customers/" + customerId, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(as(first, "staff").getForEntity("/api/customers/" + customerId + "/bookings", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        Path projections = dataDir.resolve("projections");
        assertThat(Files.exists(projections)).isTrue();
        FileSystemUtils.deleteRecursively(projections); // what an operator does to rebuild every view from the events

        try (ConfigurableApplicationContext rebuilt = start(QuerySideRun.KEPT_STORE)) {
            ProcessorCatchUp.awaitCaughtUp(rebuilt, ProcessorCatchUp.READ_AUDIT);
            ProcessorCatchUp.awaitCaughtUp(rebuilt, ProcessorCatchUp.AUDIT_TRAIL);
            List<JsonNode> reads = readsInTheTrail(rebuilt, customerId);
            assertThat(reads).extracting(read -> read.path("reader").asText() + " " + read.path("what").asText())
                    .containsExactly("staff REGISTER_VIEW", "staff BOOKINGS");
        }
        // the embedded default holds the views in memory: each of its starts is such a rebuild
        try (ConfigurableApplicationContext inMemory = start()) {
            ProcessorCatchUp.awaitCaughtUp(inMemory, ProcessorCatchUp.READ_AUDIT);
            assertThat(readsInTheTrail(inMemory, customerId)).extracting(read -> read.path("what").asText())
                    .containsExactly("REGISTER_VIEW", "BOOKINGS");
        }
    }

    @Test
    void refusesTheRead_WhenTheEventStoreCannotRecordIt() throws Exception {
        UUID customerId = UUID.randomUUID();
        try (ConfigurableApplicationContext register = start()) {
            registerAndProject(register, customerId, "Salattava");
            // the event store refuses every read event from now on, as a full disk or a failed database would
            new JdbcTemplate(register.getBean(DataSource.class)).execute("ALTER TABLE domain_event_entry ADD CONSTRAINT"
                    + " reads_refused CHECK (payload_type NOT LIKE '%PersonalDataReadEvent')");

            ResponseEntity<String> view = as(register, "staff").getForEntity("/api/customers/" + customerId, String.class);
            ResponseEntity<String> search = as(register, "staff")
                    .getForEntity("/api/customers?email=salattava@example.invalid", String.class);
            ResponseEntity<String> export = as(register, "dpo")
                    .getForEntity("/api/customers/" + customerId + "/export", String.class);

            for (ResponseEntity<String> refused : List.of(view, search, export)) {
                assertThat(refused.getStatusCode().is5xxServerError()).isTrue();
                assertThat(refused.getBody()).doesNotContain("Salattava", "salattava@", "Malminraitti");
            }
        }
    }

    private ConfigurableApplicationContext start(String... arguments) {
        return QuerySideRun.start(dataDir, arguments);
    }

    private static void registerAndProject(ConfigurableApplicationContext context, UUID customerId, String lastName) {
        EventStream.of(context, customerId).append(CustomerEvents.registered(customerId, lastName,
                lastName.toLowerCase() + "@example.invalid"), "staff", LegalBasis.CONTRACT);
        ProcessorCatchUp.awaitCaughtUp(context, "customer-view");
    }

    private static List<JsonNode> readsInTheTrail(ConfigurableApplicationContext context, UUID customerId) throws Exception {
        ResponseEntity<String> trail = as(context, "dpo").getForEntity("/api/audit?customerId=" + customerId, String.class);
        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> reads = new ArrayList<>();
        JSON.readTree(trail.getBody()).path("entries").forEach(entry -> {
            if (entry.path("kind").asText().equals("READ")) {
                reads.add(entry);
            }
        });
        return reads;
    }

    private static TestRestTemplate as(ConfigurableApplicationContext context, String user) {
        return new TestRestTemplate(new org.springframework.boot.web.client.RestTemplateBuilder()
                .rootUri("http://localhost:" + context.getEnvironment().getProperty("local.server.port")))
                .withBasicAuth(user, user);
    }
}
