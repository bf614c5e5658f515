package fi.register.command.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.command.CommandSideApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command side on PostgreSQL while the database goes away and comes back (issue 13, "Faults"): every command meanwhile
 * is answered 503 {@code storage-unavailable} with {@code Retry-After}, nothing of it is written (the same e-mail
 * registers afterwards, the customer registered before is whole), and the same process serves again once the
 * database is back, without a restart.
 */
class DatabaseOutageTest {

    private static final String PASSWORD = "a-long-test-only-passphrase";
    private static final String STORAGE_UNAVAILABLE = "urn:register:problem:storage-unavailable";

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext commandSide;

    @AfterEach
    void stop() throws IOException {
        if (commandSide != null) {
            commandSide.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void answers503AndWritesNothing_WhileTheDatabaseIsAway_thenServesAgainWithoutARestart() throws Exception {
        int databasePort = freePort();
        postgres = database(databasePort);
        commandSide = commandSide(databasePort);
        String before = customerId(send("POST", "/api/customers", customer("ennen@example.test"), null));

        postgres.close();
        postgres = null;

        HttpResponse<String> registration = send("POST", "/api/customers", customer("katko@example.test"), null);
        assertStorageUnavailable(registration);
        assertThat(registration.body()).doesNotContain("katko");
        // through the idempotency filter, which reads its records before any controller runs
        assertStorageUnavailable(send("POST", "/api/customers", customer("katko@example.test"), "outage-1"));
        assertStorageUnavailable(send("POST", "/api/customers/" + before + "/erasure", null, null));

        postgres = database(databasePort);

        // the pool reconnects by itself: the same e-mail registers (nothing of the refused attempt was kept) ...
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                send("POST", "/api/customers", customer("katko@example.test"), "outage-1").statusCode() == 201);
        // ... the customer from before the outage is whole, key and all: its erasure goes through
        assertThat(send("POST", "/api/customers/" + before + "/erasure", null, null).statusCode()).isEqualTo(204);
    }

    private static void assertStorageUnavailable(HttpResponse<String> answer) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(new ObjectMapper().readTree(answer.body()).get("type").asText()).isEqualTo(STORAGE_UNAVAILABLE);
    }

    private EmbeddedPostgres database(int port) throws IOException {
        // the same data directory and port each time: a database that was stopped and started again
        return EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres")).setCleanDataDirectory(false)
                .setPort(port).start();
    }

    private ConfigurableApplicationContext commandSide(int databasePort) {
        byte[] masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=" + CommandSideApplication.CONFIG_NAMES)
                .run("--spring.profiles.active=postgres",
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        // a short wait for a connection keeps the test short; production waits 5 s
                        "--spring.datasource.hikari.connection-timeout=1500",
                        "--register.data-dir=" + work.resolve("data"),
                        "--register.crypto.master-key=" + Base64.getEncoder().encodeToString(masterKey),
                        "--register.security.users[0].name=staff",
                        "--register.security.users[0].password={bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD),
                        "--register.security.users[0].roles[0]=STAFF",
                        "--register.security.users[0].roles[1]=DPO",
                        "--register.retention.enforce-automatically=false");
    }

    private HttpResponse<String> send(String method, String path, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) commandSide).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("staff:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String customerId(HttpResponse<String> registered) throws IOException {
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode body = json.readTree(registered.body());
        return body.get("customerId").asText();
    }

    private static String customer(String email) {
        return """
                {"kind":"PERSON","firstName":"Katko","lastName":"Testi","email":"%s",
                 "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""".formatted(email);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
