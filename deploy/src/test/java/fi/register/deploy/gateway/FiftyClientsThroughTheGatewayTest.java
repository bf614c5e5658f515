package fi.register.deploy.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13's bounded load through the gateway, as a test of what it keeps (its throughput and latency are
 * {@code GatewayLoad}'s, in the benchmarks): 50 clients at once, a fixed number of registrations each, on loopback,
 * through nginx to the split register on PostgreSQL. Every registration answers 201 (none refused, none lost in the
 * gateway), and every acknowledged one is kept: the command side knows it and the query side serves its view.
 */
class FiftyClientsThroughTheGatewayTest {

    static final int CLIENTS = 50;
    static final int REGISTRATIONS_PER_CLIENT = 6;

    // kept when the test fails: each process's output is in its directory
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    final ObjectMapper json = new ObjectMapper();
    final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    final Queue<Integer> otherAnswers = new ConcurrentLinkedQueue<>();

    @Test
    void keepsEveryAcknowledgedRegistration_WhenFiftyClientsRegisterAtOnceThroughTheGateway() throws Exception {
        assumeTrue(Gateway.nginx().isPresent(), Gateway.skippedWithoutNginx());
        try (SplitRegister register = SplitRegister.start(work)) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            CountDownLatch ready = new CountDownLatch(CLIENTS);
            List<Future<?>> loads = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                loads.add(clients.submit(() -> {
                    ready.countDown();
                    ready.await(); // all fifty start together
                    for (int i = 0; i < REGISTRATIONS_PER_CLIENT; i++) {
                        register(register, id, i);
                    }
                    return null;
                }));
            }
            for (Future<?> load : loads) {
                load.get();
            }
            clients.shutdown();

            assertThat(otherAnswers).as("answers other than 201").isEmpty();
            assertThat(acknowledged).as("acknowledged registrations").hasSize(CLIENTS * REGISTRATIONS_PER_CLIENT)
                    .doesNotHaveDuplicates();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                for (String customerId : acknowledged) {
                    assertThat(register.send("staff", "GET", "/api/customers/" + customerId, null).statusCode())
                            .as("the view of an acknowledged registration").isEqualTo(200);
                }
            });
            for (String customerId : acknowledged) {
                assertThat(register.send("staff", "PUT", "/api/customers/" + customerId,
                        "{\"lastName\":\"Tarkistettu\"}").statusCode())
                        .as("a correction of an acknowledged registration, through the aggregate").isEqualTo(204);
            }
        }
    }

    private void register(SplitRegister register, int client, int i) throws Exception {
        HttpResponse<String> answer = register.send("staff", "POST", "/api/customers", """
                {"kind":"PERSON","firstName":"Testi","lastName":"Kuormitettu","phone":"+358 42 %03d %04d",
                 "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""".formatted(client, i));
        if (answer.statusCode() == 201) {
            acknowledged.add(json.readTree(answer.body()).get("customerId").asText());
        } else {
            otherAnswers.add(answer.statusCode());
        }
    }
}
