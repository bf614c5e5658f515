package fi.register.deploy.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.crypto.Pkcs12MasterKey;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three command-side JVMs on one PostgreSQL, sharing its key table, each holding the subject's key in its own cache.
 * The erasure on one is answered; from that moment the others decrypt nothing of the subject, without waiting for a
 * time to live or an event: each checks the tombstone before it serves a cached key. The third runs with that check
 * off ({@code key-cache-checks-tombstone=false}, the embedded default's setting), and still opens the erased subject's
 * events from its cache: the control that shows what the check prevents. All three read the master key from a PKCS#12
 * keystore, with the password from a file.
 */
class KeyCacheAcrossCommandSidesTest {

    static final String KEYSTORE_PASSWORD = "a-test-only-keystore-password";

    // kept when the test fails: each process's output is in its directory
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void refusesTheErasedSubjectsKeyOnEveryOtherCommandSide_AsSoonAsTheErasureIsAnswered() throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            started.add(postgres);
            List<String> settings = new ArrayList<>(SplitRegister.sharedSettings(work, postgres));
            settings.add("--spring.profiles.active=postgres");
            settings.addAll(masterKeyFromAKeystore());

            Side erasing = Side.start(work.resolve("command-side-a"), settings, started);
            erasing.process.awaitHealthy(); // creates the tables; the others start once it has
            Side checking = Side.start(work.resolve("command-side-b"), settings, started);
            List<String> unchecked = new ArrayList<>(settings);
            unchecked.add("--register.crypto.key-cache-checks-tombstone=false");
            Side control = Side.start(work.resolve("command-side-c"), unchecked, started);
            checking.process.awaitHealthy();
            control.process.awaitHealthy();

            HttpResponse<String> registered = send(erasing, "staff", "POST", "/api/customers", """
                    {"kind":"PERSON","firstName":"Testi","lastName":"Avain","phone":"+358 40 000 0101",
                     "customerGroup":"EMFIT_MONITORING","language":"fi"}""");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String subject = new ObjectMapper().readTree(registered.body()).get("customerId").asText();
            assertThat(probe(checking, subject)).as("read, so cached, on the other host").isEqualTo("readable");
            assertThat(probe(control, subject)).as("read, so cached, on the control host").isEqualTo("readable");

            HttpResponse<String> erased = send(erasing, "dpo", "POST", "/api/customers/" + subject + "/erasure", null);
            assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);

            // at once: no waiting, no retry
            assertThat(probe(checking, subject)).as("decrypted on another host after the erasure").isEqualTo("erased");
            assertThat(send(checking, "staff", "PATCH", "/api/customers/" + subject, "{\"lastName\":\"Toinen\"}")
                    .statusCode()).as("a command for the subject on another host").isEqualTo(410);
            assertThat(probe(erasing, subject)).isEqualTo("erased");
            assertThat(probe(control, subject)).as("a cache that does not check serves the destroyed key until its "
                    + "time to live").isEqualTo("readable");
        } finally {
            for (int i = started.size() - 1; i >= 0; i--) {
                started.get(i).close();
            }
        }
    }

    /** A keystore made as docs/operations.md says, and the settings that point every instance at it. */
    private List<String> masterKeyFromAKeystore() throws IOException {
        Path secrets = Files.createDirectories(work.resolve("secrets"));
        Path store = secrets.resolve("master.p12");
        Pkcs12MasterKey.generateInto(store, KEYSTORE_PASSWORD.toCharArray(), Pkcs12MasterKey.DEFAULT_ALIAS);
        Path password = Files.writeString(secrets.resolve("master.p12.password"), KEYSTORE_PASSWORD + "\n");
        return List.of("--register.crypto.master-key-store=" + store,
                "--register.crypto.master-key-store-password-file=" + password);
    }

    private HttpResponse<String> send(Side side, String user, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + side.process.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + SplitRegister.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String probe(Side side, String subject) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + side.probePort + "/registration/" + subject))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** A command-side JVM with its key probe. */
    private record Side(ChildSide process, int probePort) {

        static Side start(Path dataDir, List<String> settings, List<AutoCloseable> started) throws IOException {
            int probePort = Gateway.freePort();
            ChildSide process = ChildSide.launch(CommandSideWithKeyProbe.class, "query-side",
                    List.of("-D" + CommandSideWithKeyProbe.PROBE_PORT + "=" + probePort), dataDir, settings);
            started.add(process);
            return new Side(process, probePort);
        }
    }
}
