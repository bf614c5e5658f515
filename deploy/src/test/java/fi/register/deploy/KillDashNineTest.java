package fi.register.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A register killed with {@code kill -9} in the middle of a load keeps every command it acknowledged: each
 * registration that was answered 201 and each erasure answered 204 is there after the restart, on the command side
 * (the event store) and on the query side (the views rebuilt from it). Several rounds on one data directory.
 */
class KillDashNineTest {

    private static final int ROUNDS = 3;
    private static final int CLIENTS = 8;
    /** Acknowledgements to wait for before the kill, so it lands while commands are in flight. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final Queue<String> registered = new ConcurrentLinkedQueue<>();
    private final Queue<String> erased = new ConcurrentLinkedQueue<>();

    @Test
    void everyAcknowledgedRegistrationAndErasureSurvivesAKillMidLoad() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            try (ChildRegister register = ChildRegister.start(dataDir)) {
                int before = registered.size() + erased.size();
                AtomicBoolean killed = new AtomicBoolean();
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                for (int client = 0; client < CLIENTS; client++) {
                    int id = client;
                    clients.submit(() -> load(register, id, killed));
                }
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                        .until(() -> registered.size() + erased.size() - before >= ACKNOWLEDGED_BEFORE_KILL);
                killed.set(true);
                register.kill();
                clients.shutdown();
                assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            }
        }
        try (ChildRegister register = ChildRegister.start(dataDir)) {
            assertSurvived(register);
        }
    }

    /** Registers customers and erases every fifth, remembering only what the register acknowledged. */
    private void load(ChildRegister register, int client, AtomicBoolean killed) {
        for (int i = 0; i < 10_000 && !killed.get(); i++) {
            try {
                HttpResponse<String> answer = register.exchange("staff", "POST", "/api/customers", customer());
                if (answer.statusCode() != 201) {
                    continue;
                }
                String customerId = JSON.readTree(answer.body()).get("customerId").asText();
                if (i % 5 == client % 5) {
                    if (register.send("dpo", "POST", "/api/customers/" + customerId + "/erasure", null) == 204) {
                        erased.add(customerId);
                    } else {
                        registered.add(customerId); // the erasure may or may not have happened; the registration did
                    }
                } else {
                    registered.add(customerId);
                }
            } catch (Exception e) {
                return; // the register was killed under this request: nothing was acknowledged
            }
        }
    }

    private void assertSurvived(ChildRegister register) throws Exception {
        assertThat(registered).as("acknowledged registrations").hasSizeGreaterThan(ROUNDS * ACKNOWLEDGED_BEFORE_KILL / 2);
        assertThat(erased).as("acknowledged erasures").isNotEmpty();
        List<String> lostOnTheCommandSide = registered.stream().filter(id -> {
            try {
                // a rectification the command side accepts (204), or refuses as erased (410): either way it knows
                // the subject; 404 would mean the registration was lost
                int status = register.send("staff", "PUT", "/api/customers/" + id, "{\"lastName\":\"Jälkeen\"}");
                return status != 204 && status != 410;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(lostOnTheCommandSide).as("registrations acknowledged, then lost").isEmpty();
        for (String id : erased) {
            assertThat(register.send("staff", "PUT", "/api/customers/" + id, "{\"lastName\":\"Jälkeen\"}"))
                    .as("an acknowledged erasure is never undone").isEqualTo(410);
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(Instant.now()).isBefore(deadline);
            for (String id : erased) {
                assertThat(register.send("staff", "GET", "/api/customers/" + id, null)).as("erased view").isEqualTo(410);
            }
            for (String id : registered) {
                assertThat(register.send("staff", "GET", "/api/customers/" + id, null)).as("view").isIn(200, 410);
            }
        });
    }

    private static String customer() {
        return """
                {"kind":"PERSON","firstName":"Testi","lastName":"Kestävä",
                 "address":{"street":"Testikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"k%s@example.test","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 13));
    }
}
