package fi.register.deploy.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The query side of the split register ({@link SplitRegister}) killed with {@code kill -9} in the middle of a load
 * through the gateway, while the command side keeps acknowledging writes; then started again on the same MongoDB-wire
 * server (its views and tokens) and PostgreSQL (the events). Its projections catch up from their saved tokens with no
 * gap (every acknowledged registration, consent, booking and erasure is in the views) and no duplicate (read in the
 * views store itself: one entry per subject and per booking, no consent twice in an entry, and the service-use report
 * counting each event once, although the batch in flight at the kill is handled a second time).
 */
class QuerySideKillDashNineTest {

    static final int CLIENTS = 4;
    static final int REGISTRATIONS_PER_CLIENT = 50;
    /** Registrations acknowledged (and some of them in the views) before the kill, so it lands mid-load. */
    static final int REGISTERED_BEFORE_KILL = 40;
    static final String VIEWS_DATABASE = "register";

    // kept when the test fails: each process's output is in its directory
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    final Clock clock = Clock.systemUTC();
    final ObjectMapper json = new ObjectMapper();

    /** What the register acknowledged, by subject. */
    final Map<String, Subject> acknowledged = new ConcurrentHashMap<>();
    final AtomicInteger registrations = new AtomicInteger();
    final Queue<String> refused = new ConcurrentLinkedQueue<>();

    /** One subject's acknowledged writes; only its own client thread changes it, the test reads it after the load. */
    static final class Subject {
        final List<String> consents = new ArrayList<>();
        final List<String> bookings = new ArrayList<>();
        boolean erased;
    }

    @Test
    void catchesUpWithNoGapAndNoDuplicate_WhenTheQuerySideIsKilledMidLoad() throws Exception {
        assumeTrue(Gateway.nginx().isPresent(), Gateway.skippedWithoutNginx());
        YearMonth firstMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        try (SplitRegister register = SplitRegister.start(work);
             MongoClient mongo = MongoClients.create(register.viewsUri())) {
            MongoDatabase views = mongo.getDatabase(VIEWS_DATABASE);
            Instant bookingsFrom = clock.instant().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> loads = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                loads.add(clients.submit(() -> load(register, id, bookingsFrom)));
            }
            // the query side is applying the load when it is killed: some of it in the views, more on its way
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20)).until(() ->
                    registrations.get() >= REGISTERED_BEFORE_KILL
                            && views.getCollection("customers").countDocuments() > 0);
            register.killQuerySide();
            int registeredAtKill = registrations.get();
            for (Future<?> load : loads) {
                load.get();
            }
            clients.shutdown();
            assertThat(refused).as("writes the command side did not acknowledge while the query side was down").isEmpty();
            assertThat(registrations.get()).as("registrations acknowledged after the kill")
                    .isEqualTo(CLIENTS * REGISTRATIONS_PER_CLIENT).isGreaterThan(registeredAtKill);

            register.restartQuerySide();

            Totals expected = Totals.of(acknowledged.values());
            YearMonth lastMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC));
            String report = "/api/reports/service-use?from=" + firstMonth + "&to=" + lastMonth;
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertNoGapIn(register);
                assertThat(reportTotals(register, report)).as("service-use totals").isEqualTo(expected);
            });
            assertNoDuplicateIn(views, expected);
        }
    }

    /** Registers, consents for every second, books for every third and erases every tenth; all through the gateway. */
    private void load(SplitRegister register, int client, Instant bookingsFrom) {
        for (int i = 0; i < REGISTRATIONS_PER_CLIENT; i++) {
            try {
                HttpResponse<String> registered = register.send("staff", "POST", "/api/customers", """
                        {"kind":"PERSON","firstName":"Testi","lastName":"Kaatuva","phone":"+358 40 00%d %04d",
                         "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""".formatted(client, i));
                if (registered.statusCode() != 201) {
                    refused.add("registration " + registered.statusCode());
                    continue;
                }
                String customerId = json.readTree(registered.body()).get("customerId").asText();
                Subject subject = new Subject();
                acknowledged.put(customerId, subject);
                registrations.incrementAndGet();
                String customer = "/api/customers/" + customerId;
                if (i % 2 == 0) {
                    HttpResponse<String> consent = register.send("staff", "POST", customer + "/consents",
                            SplitServicesThroughGatewayTest.CONSENT);
                    if (consent.statusCode() == 201) {
                        subject.consents.add(json.readTree(consent.body()).get("consentId").asText());
                    } else {
                        refused.add("consent " + consent.statusCode());
                    }
                }
                if (i % 3 == 0) {
                    String startsAt = bookingsFrom.plus(client * REGISTRATIONS_PER_CLIENT + i, ChronoUnit.MINUTES).toString();
                    HttpResponse<String> booking = register.send("staff", "POST", customer + "/bookings",
                            "{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"" + startsAt + "\",\"channel\":\"PHONE\"}");
                    if (booking.statusCode() == 201) {
                        subject.bookings.add(json.readTree(booking.body()).get("bookingId").asText());
                    } else {
                        refused.add("booking " + booking.statusCode());
                    }
                }
                if (i % 10 == 9) {
                    int erasure = register.send("dpo", "POST", customer + "/erasure", null).statusCode();
                    if (erasure == 204) {
                        subject.erased = true;
                    } else {
                        refused.add("erasure " + erasure);
                    }
                }
            } catch (Exception e) {
                refused.add(e.getClass().getSimpleName());
            }
        }
    }

    /** Every acknowledged subject served as it was left: its consents and bookings there, or 410 once erased. */
    private void assertNoGapIn(SplitRegister register) throws Exception {
        for (Map.Entry<String, Subject> entry : acknowledged.entrySet()) {
            String customer = "/api/customers/" + entry.getKey();
            Subject subject = entry.getValue();
            HttpResponse<String> view = register.send("staff", "GET", customer, null);
            if (subject.erased) {
                assertThat(view.statusCode()).as("the view of an erased subject").isEqualTo(410);
                continue;
            }
            assertThat(view.statusCode()).as("the view of a registered subject").isEqualTo(200);
            if (!subject.consents.isEmpty()) {
                assertThat(view.body()).contains(subject.consents);
            }
            if (!subject.bookings.isEmpty()) {
                assertThat(register.send("staff", "GET", customer + "/bookings", null).body()).contains(subject.bookings);
            }
        }
    }

    /**
     * Read in the views store itself, past the API, which could hide a second copy: each subject's entry once, each
     * consent once in it, each booking once, nothing left of an erased subject, and each event counted once.
     */
    private void assertNoDuplicateIn(MongoDatabase views, Totals expected) {
        Map<String, Subject> kept = acknowledged.entrySet().stream().filter(entry -> !entry.getValue().erased)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Document> customers = views.getCollection("customers").find().into(new ArrayList<>());
        assertThat(customers).as("one entry per subject not erased")
                .extracting(entry -> entry.getString("_id")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(kept.keySet());
        for (Document entry : customers) {
            List<String> consents = entry.getList("consents", Document.class, List.of()).stream()
                    .map(consent -> consent.getString("consentId")).toList();
            assertThat(consents).as("the consents in one entry").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(kept.get(entry.getString("_id")).consents);
        }
        List<Document> bookings = views.getCollection("bookings").find().into(new ArrayList<>());
        assertThat(bookings).as("one document per booking of a subject not erased")
                .extracting(booking -> booking.getString("_id")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(kept.values().stream()
                        .flatMap(subject -> subject.bookings.stream()).toList());
        Set<String> erased = acknowledged.entrySet().stream().filter(entry -> entry.getValue().erased)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(views.getCollection("erased_subjects").find().into(new ArrayList<>()))
                .extracting(entry -> entry.getString("_id")).containsExactlyInAnyOrderElementsOf(erased);
        Map<String, Long> facts = views.getCollection("service_use_facts").find().into(new ArrayList<>()).stream()
                .collect(Collectors.groupingBy(fact -> fact.getString("measure"), Collectors.counting()));
        assertThat(new Totals(facts.getOrDefault("customersRegistered", 0L), facts.getOrDefault("consentsGiven", 0L),
                facts.getOrDefault("bookingsMade", 0L), facts.getOrDefault("erasures", 0L)))
                .as("the service-use facts, one per event").isEqualTo(expected);
    }

    private Totals reportTotals(SplitRegister register, String report) throws Exception {
        HttpResponse<String> answer = register.send("dpo", "GET", report, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode totals = json.readTree(answer.body()).get("totals");
        Function<String, Long> sum = measure -> {
            long count = 0;
            for (JsonNode cell : totals.path(measure)) {
                count += cell.path("count").asLong();
            }
            return count;
        };
        return new Totals(sum.apply("customersRegistered"), sum.apply("consentsGiven"), sum.apply("bookingsMade"),
                sum.apply("erasures"));
    }

    /** The counts of acknowledged events of each kind the load makes. */
    record Totals(long registrations, long consents, long bookings, long erasures) {
        static Totals of(java.util.Collection<Subject> subjects) {
            return new Totals(subjects.size(), subjects.stream().mapToLong(subject -> subject.consents.size()).sum(),
                    subjects.stream().mapToLong(subject -> subject.bookings.size()).sum(),
                    subjects.stream().filter(subject -> subject.erased).count());
        }
    }
}
