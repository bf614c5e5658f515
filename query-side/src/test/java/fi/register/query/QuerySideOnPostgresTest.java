package fi.register.query;

import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.crypto.MasterKey;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query side in the postgres profile: it reads an event store on PostgreSQL (payloads as bytea, see
 * {@code ByteaPostgreSQLDialect}) and serves the view from it. The events are appended here as the command side
 * appends them ({@link EventStream}); the command side writing there itself is TwoInstancesOnPostgresTest's. Projections stay in the embedded
 * MongoDB here, since no MongoDB server can run on the build machines.
 */
class QuerySideOnPostgresTest {

    static final String PASSWORD = "a-long-test-only-passphrase";

    @TempDir
    Path dataDir;

    @Test
    void readsTheEventStoreOnPostgresAndServesTheView() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext querySide = new SpringApplicationBuilder(QuerySideApplication.class)
                     .properties("spring.config.name=" + QuerySideApplication.CONFIG_NAMES)
                     .run("--spring.profiles.active=embedded,postgres",
                             "--server.port=0",
                             "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                             "--spring.datasource.username=postgres",
                             "--spring.datasource.password=",
                             "--register.data-dir=" + dataDir,
                             "--register.crypto.master-key=" + MasterKey.generate().toBase64(),
                             "--register.security.users[0].name=staff",
                             "--register.security.users[0].password={bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD),
                             "--register.security.users[0].roles[0]=STAFF")) {
            UUID customerId = UUID.randomUUID();
            CustomerRegisteredEvent registered = CustomerEvents.registered(customerId, "Postgresdottir", "pg.test@example.test");
            EventStream.of(querySide, customerId).append(registered, "staff", LegalBasis.CONTRACT);

            JdbcTemplate jdbc = querySide.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select data_type from information_schema.columns "
                    + "where table_name = 'domain_event_entry' and column_name = 'payload'", String.class)).isEqualTo("bytea");
            assertThat(querySide.getBean(EventStore.class).readEvents(customerId.toString()).asStream().count()).isEqualTo(1);

            String port = querySide.getEnvironment().getProperty("local.server.port");
            HttpRequest view = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/customers/" + customerId))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(("staff:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                HttpResponse<String> response = HttpClient.newHttpClient().send(view, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains(registered.lastName());
            });
        }
    }
}
