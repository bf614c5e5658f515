package fi.register.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A register killed with {@code kill -9} while bookings with idempotency keys are in flight: after the restart every
 * key sent is answered 201, an acknowledged one with exactly the answer it had, and there is exactly one booking per
 * key. A request that committed but whose answer the kill swallowed is replayed, not booked again; one that did not
 * commit is booked now. The record commits with the events or not at all.
 */
class IdempotentPostKillDashNineTest {

    private static final int CLIENTS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Ahead of the real clock the child runs on. */
    private static final String BOOKING = """
            {"service":"NEUROSONIC_TREATMENT","startsAt":"2027-03-01T10:00:00+02:00","channel":"PHONE"}""";

    @TempDir
    Path dataDir;

    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

    @Test
    void answersEveryKeyOnceAndAsAcknowledged_AfterAKillMidLoad() throws Exception {
        List<String> customers = new ArrayList<>();
        try (ChildRegister register = ChildRegister.start(dataDir)) {
            for (int client = 0; client < CLIENTS; client++) {
                String body = IdempotentPostTest.CUSTOMER.replace("kahdesti@", "kahdesti" + client + "@");
                customers.add(JSON.readTree(register.exchange("staff", "POST", "/api/customers", body).body())
                        .get("customerId").asText());
            }
            CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                clients.submit(() -> book(register, id, customers.get(id), enough, killed));
            }
            assertThat(enough.await(120, TimeUnit.SECONDS)).as("acknowledged before the kill").isTrue();
            killed.set(true);
            register.kill();
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        try (RunningRegister restarted = RunningRegister.start(dataDir)) {
            for (String key : sent) {
                String customerId = customers.get(Integer.parseInt(key.substring(0, key.indexOf('-'))));
                RunningRegister.Response answer = restarted.send("staff", "POST", bookings(customerId), BOOKING,
                        Map.of("Idempotency-Key", key));
                assertThat(answer.status()).as("key %s", key).isEqualTo(201);
                if (acknowledged.containsKey(key)) {
                    assertThat(answer.body()).as("key %s", key).isEqualTo(acknowledged.get(key));
                    assertThat(answer.header("Idempotent-Replayed")).contains("true");
                }
            }
            assertThat(new JdbcTemplate(restarted.bean(DataSource.class)).queryForObject(
                    "SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE '%BookingMadeEvent'", Integer.class))
                    .as("one booking per key").isEqualTo(sent.size());
        }
    }

    private void book(ChildRegister register, int client, String customerId, CountDownLatch enough, AtomicBoolean killed) {
        for (int attempt = 0; !killed.get(); attempt++) {
            String key = client + "-" + attempt;
            sent.add(key);
            try {
                HttpResponse<String> answer = register.exchange("staff", "POST", bookings(customerId), BOOKING,
                        Map.of("Idempotency-Key", key));
                if (answer.statusCode() == 201) {
                    acknowledged.put(key, answer.body());
                    enough.countDown();
                }
            } catch (IOException | InterruptedException killedMidRequest) {
                return;
            }
        }
    }

    private static String bookings(String customerId) {
        return "/api/customers/" + customerId + "/bookings";
    }
}
