package fi.register.deploy.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fi.register.command.CommandSideApplication;
import fi.register.crypto.MasterKey;
import fi.register.query.QuerySideApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production shape on one machine: the command side and the query side as two separate JVMs on one PostgreSQL
 * (events, the command side's tables, the data keys), the views in a MongoDB-wire server, and nginx with
 * {@code deploy/gateway/nginx.conf.template} in front. Every request goes through the gateway's one base URL, with
 * the public API's paths: what one side writes, the other serves, and an erasure reaches both.
 */
class SplitServicesThroughGatewayTest {

    static final String PASSWORD = "a-long-test-only-passphrase";
    static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Testi","lastName":"Yhdyskaytava",
             "address":{"street":"Porttikuja 3","postalCode":"00100","city":"Helsinki","country":"FI"},
             "email":"yhdyskaytava@example.test","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""";

    @TempDir
    Path work;

    final Clock clock = Clock.systemUTC();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();
    Gateway gateway;

    @Test
    void servesThroughOneAddressWhatTheSeparateSidesWriteAndRead_UntilTheErasure() throws Exception {
        assumeTrue(Gateway.nginx().isPresent(), Gateway.skippedWithoutNginx());
        MongoServer views = new MongoServer(new MemoryBackend());
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            views.bind("127.0.0.1", 0);
            InetSocketAddress viewsAddress = views.getLocalAddress();
            List<String> shared = sharedSettings(postgres);
            try (ChildSide commandSide = ChildSide.launch(CommandSideApplication.class, List.of("query-side", "deploy"),
                         work.resolve("command-side"), with(shared, "--spring.profiles.active=postgres"));
                 ChildSide querySide = ChildSide.launch(QuerySideApplication.class, List.of("command-side", "deploy"),
                         work.resolve("query-side"), with(shared, "--spring.profiles.active=postgres,mongo",
                                 "--register.mongo.uri=mongodb://127.0.0.1:" + viewsAddress.getPort()))) {
                commandSide.awaitHealthy();
                querySide.awaitHealthy();
                try (Gateway started = Gateway.start(work.resolve("gateway"), List.of(commandSide.port()),
                        List.of(querySide.port()))) {
                    gateway = started;
                    registersConsentsBooksReadsAndErases();
                    assertThat(gateway.accessLog()).as("both sides answered through the gateway")
                            .anyMatch(line -> line.endsWith("upstream=127.0.0.1:" + commandSide.port()))
                            .anyMatch(line -> line.endsWith("upstream=127.0.0.1:" + querySide.port()))
                            .noneMatch(line -> line.contains("/api/"));
                }
            }
        } finally {
            views.shutdownNow();
        }
    }

    /** What both sides read alike: one database, one master key, the same users; and the gateway trusted. */
    private List<String> sharedSettings(EmbeddedPostgres postgres) {
        Path masterKey = work.resolve("secrets").resolve("master.key");
        MasterKey.generateInto(masterKey);
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
        return List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                // the data keys are rows of the event store's database (key-store: database): the master key that
                // wraps them is the one secret both sides need, read from the same file
                "--register.crypto.master-key-file=" + masterKey,
                "--register.security.users[0].name=staff",
                "--register.security.users[0].password=" + hash,
                "--register.security.users[0].roles[0]=STAFF",
                "--register.security.users[1].name=dpo",
                "--register.security.users[1].password=" + hash,
                "--register.security.users[1].roles[0]=DPO",
                "--server.forward-headers-strategy=native");
    }

    private static List<String> with(List<String> shared, String... own) {
        List<String> arguments = new ArrayList<>(shared);
        arguments.addAll(List.of(own));
        return arguments;
    }

    private void registersConsentsBooksReadsAndErases() throws Exception {
        HttpResponse<String> registered = send("staff", "POST", "/api/customers", CUSTOMER);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String customer = "/api/customers/" + json.readTree(registered.body()).get("customerId").asText();
        assertThat(send("staff", "POST", customer + "/consents", """
                {"purpose":"HEALTH_DATA","noticeVersion":"2018-05",
                 "evidence":{"method":"WRITTEN","reference":"arkisto 7"}}""").statusCode()).isEqualTo(201);
        String startsAt = clock.instant().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
        HttpResponse<String> booked = send("staff", "POST", customer + "/bookings",
                "{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"" + startsAt + "\",\"channel\":\"PHONE\"}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        String bookingId = json.readTree(booked.body()).get("bookingId").asText();

        // the query side's view, built from the command side's events in PostgreSQL, read at the same address
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            HttpResponse<String> view = send("staff", "GET", customer, null);
            assertThat(view.statusCode()).isEqualTo(200);
            assertThat(view.body()).contains("Yhdyskaytava").contains("HEALTH_DATA").contains(bookingId);
        });
        JsonNode bookings = json.readTree(send("staff", "GET", customer + "/bookings", null).body());
        assertThat(bookings.toString()).contains(bookingId);
        // a GET the command side answers: the DPO's retention list, from the command side's own table
        assertThat(send("dpo", "GET", "/api/retention/due?before=2099-01-01T00:00:00Z", null).body())
                .contains(customer.substring(customer.lastIndexOf('/') + 1));

        assertThat(send("dpo", "POST", customer + "/erasure", null).statusCode()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(send("staff", "GET", customer, null).statusCode()).isEqualTo(410));
        assertThat(send("dpo", "GET", customer + "/export", null).statusCode()).isEqualTo(410);
        HttpResponse<String> commandAfterErasure = send("staff", "POST", customer + "/consents", """
                {"purpose":"HEALTH_DATA","noticeVersion":"2018-05",
                 "evidence":{"method":"WRITTEN","reference":"arkisto 8"}}""");
        assertThat(commandAfterErasure.statusCode()).isEqualTo(410);
        assertThat(commandAfterErasure.body()).contains("urn:register:problem:subject-erased");
    }

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.base() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
