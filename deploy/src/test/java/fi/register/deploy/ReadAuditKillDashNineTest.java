package fi.register.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read of personal data that was answered is in the audit trail even if the register is killed with
 * {@code kill -9} the moment after: the read was committed to the event store before the data went out. Several
 * clients read while the register is killed, so reads are answered right up to the kill.
 */
class ReadAuditKillDashNineTest {

    private static final int CLIENTS = 8;
    /** Reads answered before the kill, so it lands while reads are in flight. */
    private static final int ANSWERED_BEFORE_KILL = 160;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void keepsEveryAnsweredRead_WhenTheRegisterIsKilledWhileReadsAreAnswered() throws Exception {
        List<String> customers = new ArrayList<>();
        List<AtomicInteger> answered = new ArrayList<>();
        try (ChildRegister register = ChildRegister.start(dataDir)) {
            for (int client = 0; client < CLIENTS; client++) {
                customers.add(register(register, client));
                answered.add(new AtomicInteger());
            }
            for (int client = 0; client < CLIENTS; client++) {
                String view = "/api/customers/" + customers.get(client);
                // 404 until the view has it: a read not answered is not recorded
                await().atMost(Duration.ofSeconds(60)).until(() -> register.send("staff", "GET", view, null) == 200);
                answered.get(client).incrementAndGet();
            }
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService readers = Executors.newFixedThreadPool(CLIENTS);
            for (int client = 0; client < CLIENTS; client++) {
                String view = "/api/customers/" + customers.get(client);
                AtomicInteger answers = answered.get(client);
                readers.submit(() -> {
                    for (int i = 0; i < 10_000 && !killed.get(); i++) {
                        try {
                            if (register.send("staff", "GET", view, null) == 200) {
                                answers.incrementAndGet();
                            }
                        } catch (Exception e) {
                            return; // killed under this request: it was not answered
                        }
                    }
                });
            }
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(5))
                    .until(() -> answered.stream().mapToInt(AtomicInteger::get).sum() >= CLIENTS + ANSWERED_BEFORE_KILL);
            killed.set(true);
            register.kill();
            readers.shutdown();
            assertThat(readers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        try (ChildRegister register = ChildRegister.start(dataDir)) {
            for (int client = 0; client < CLIENTS; client++) {
                int number = client;
                String customerId = customers.get(client);
                int readsAnswered = answered.get(client).get();
                // at least: a read recorded as the kill came may not have been answered
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(readsInTheTrail(register, customerId)).as("reads recorded of customer #%d", number)
                                .isGreaterThanOrEqualTo(readsAnswered));
            }
        }
    }

    private static String register(ChildRegister register, int client) throws Exception {
        HttpResponse<String> registration = register.exchange("staff", "POST", "/api/customers", """
                {"kind":"PERSON","firstName":"Testi","lastName":"Luettava",
                 "address":{"street":"Testikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"luettava%d@example.test","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}"""
                .formatted(client));
        assertThat(registration.statusCode()).isEqualTo(201);
        return JSON.readTree(registration.body()).get("customerId").asText();
    }

    private static long readsInTheTrail(ChildRegister register, String customerId) throws Exception {
        HttpResponse<String> trail = register.exchange("dpo", "GET", "/api/audit?customerId=" + customerId
                + "&limit=1000", null);
        assertThat(trail.statusCode()).isEqualTo(200);
        long reads = 0;
        for (JsonNode entry : JSON.readTree(trail.body()).path("entries")) {
            if (entry.path("kind").asText().equals("READ") && entry.path("what").asText().equals("REGISTER_VIEW")) {
                reads++;
            }
        }
        return reads;
    }
}
