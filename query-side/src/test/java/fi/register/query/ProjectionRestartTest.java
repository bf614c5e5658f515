package fi.register.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.register.events.LegalBasis;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a restart does to the views. The embedded default holds them in memory and rebuilds every view from the event
 * store at each start; the file-backed store ({@code register.mongo.embedded-backend=h2}) keeps the projections and
 * their tokens on disk, so a restart resumes, it does not rebuild. Either way the search index, kept in memory only,
 * is built again.
 */
class ProjectionRestartTest {

    private static final String VIEW = "customer-view";

    @TempDir
    Path dataDir;

    @Test
    void rebuildsEveryViewFromTheEventStore_WhenTheDefaultStoreRestarts() throws Exception {
        UUID registered = UUID.randomUUID();
        UUID removedBehindItsBack = UUID.randomUUID();
        try (ConfigurableApplicationContext first = start()) {
            EventStream.of(first, registered).append(CustomerEvents.registered(registered, "Pysyvä", "pysyva@example.invalid"),
                    "staff", LegalBasis.CONTRACT);
            EventStream.of(first, removedBehindItsBack).append(CustomerEvents.registered(removedBehindItsBack, "Palaava",
                    "palaava@example.invalid"), "staff", LegalBasis.CONTRACT);
            awaitCaughtUp(first);
            customers(first).deleteOne(eq("_id", removedBehindItsBack.toString()));
        }
        assertThat(dataDir.resolve("projections")).as("nothing of the views on disk").doesNotExist();

        try (ConfigurableApplicationContext second = start("--register.projections.catch-up-patience=PT30S")) {
            // no wait here: a read of the views waits for the rebuild (ViewsCatchingUpGate) instead of answering 404
            ResponseEntity<String> view = new TestRestTemplate().withBasicAuth("staff", "staff")
                    .getForEntity(baseUrl(second) + "/api/customers/" + removedBehindItsBack, String.class);
            assertThat(view.getStatusCode()).as("rebuilt from its events").isEqualTo(HttpStatus.OK);
            assertThat(new ObjectMapper().readTree(view.getBody()).path("lastName").asText()).isEqualTo("Palaava");
            JsonNode found = new ObjectMapper().readTree(new TestRestTemplate().withBasicAuth("staff", "staff")
                    .getForObject(baseUrl(second) + "/api/customers?q=pysyva palaava", String.class));
            assertThat(found.path("hits")).extracting(hit -> hit.path("customerId").asText())
                    .containsExactlyInAnyOrder(registered.toString(), removedBehindItsBack.toString());
        }
    }

    @Test
    void afterARestartTheViewIsStillThereAndTheProjectionResumesFromItsStoredToken_WhenTheStoreIsAFile() throws Exception {
        UUID kept = UUID.randomUUID();
        UUID removedBehindItsBack = UUID.randomUUID();
        UUID registeredAfterRestart = UUID.randomUUID();
        Document keptBefore;
        long reachedBefore;

        try (ConfigurableApplicationContext first = start(QuerySideRun.KEPT_STORE)) {
            EventStream.of(first, kept).append(CustomerEvents.registered(kept, "Pysyvä", "pysyva@example.invalid"),
                    "staff", LegalBasis.CONTRACT);
            EventStream.of(first, removedBehindItsBack).append(CustomerEvents.registered(removedBehindItsBack, "Poissa",
                    "poissa@example.invalid"), "staff", LegalBasis.CONTRACT);
            reachedBefore = awaitCaughtUp(first);
            MongoCollection<Document> customers = customers(first);
            keptBefore = customers.find(eq("_id", kept.toString())).first();
            assertThat(keptBefore).isNotNull();
            // a rebuild from the first event would bring this entry back; resuming from the token does not
            customers.deleteOne(eq("_id", removedBehindItsBack.toString()));
        }
        assertThat(Files.size(dataDir.resolve("projections/projections.mv"))).isPositive();

        try (ConfigurableApplicationContext second = start(QuerySideRun.KEPT_STORE)) {
            String processor = ProcessorCatchUp.processorOf(second, VIEW).getName();
            TokenStore tokens = second.getBean(TokenStore.class);
            // each segment saves its position after a batch of its own subjects' events; past the others' events
            // only after a while (Axon's claim extension), so one segment may stand behind the other
            List<Long> stored = Arrays.stream(tokens.fetchSegments(processor))
                    .mapToObj(segment -> tokens.fetchToken(processor, segment)).filter(Objects::nonNull)
                    .map(token -> token.position().orElseThrow()).toList();
            assertThat(stored).as("the positions stored before the restart").isNotEmpty().allMatch(position -> position > 0);
            assertThat(Collections.max(stored)).isGreaterThanOrEqualTo(reachedBefore);

            EventStream.of(second, registeredAfterRestart).append(CustomerEvents.registered(registeredAfterRestart,
                    "Uusi", "uusi@example.invalid"), "staff", LegalBasis.CONTRACT);
            awaitCaughtUp(second);

            MongoCollection<Document> customers = customers(second);
            assertThat(customers.find(eq("_id", registeredAfterRestart.toString())).first()).isNotNull();
            assertThat(customers.find(eq("_id", removedBehindItsBack.toString())).first())
                    .as("an entry only a rebuild from scratch would recreate").isNull();
            assertThat(customers.find(eq("_id", kept.toString())).first()).isEqualTo(keptBefore);

            ResponseEntity<String> view = new TestRestTemplate().withBasicAuth("staff", "staff")
                    .getForEntity(baseUrl(second) + "/api/customers/" + kept, String.class);
            assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode body = new ObjectMapper().readTree(view.getBody());
            assertThat(body.path("lastName").asText()).isEqualTo("Pysyvä");

            // the search index is memory only: the restart built it again from the view's sealed entries
            JsonNode found = new ObjectMapper().readTree(new TestRestTemplate().withBasicAuth("staff", "staff")
                    .getForObject(baseUrl(second) + "/api/customers?q=pysyva uusi poissa", String.class));
            assertThat(found.path("hits")).extracting(hit -> hit.path("customerId").asText())
                    .containsExactlyInAnyOrder(kept.toString(), registeredAfterRestart.toString());
        }
    }

    private ConfigurableApplicationContext start(String... arguments) {
        return QuerySideRun.start(dataDir, arguments);
    }

    /**
     * Waits until the view's processor has handled everything in the event store, and returns that position. Compared
     * by position, not by {@code covers}: the event store's sequence may skip numbers after a restart, and a token
     * that remembers those gaps does not "cover" a head token that has none.
     */
    private static long awaitCaughtUp(ConfigurableApplicationContext context) {
        long head = context.getBean(EventStore.class).createHeadToken().position().orElseThrow();
        ProcessorCatchUp.awaitCaughtUp(context, VIEW);
        return head;
    }

    private static MongoCollection<Document> customers(ConfigurableApplicationContext context) {
        return context.getBean(MongoDatabase.class).getCollection("customers");
    }

    private static String baseUrl(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }
}
