package fi.register.deploy;

import fi.register.testsupport.MovableClock;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A POST sent again with the same {@code Idempotency-Key} is answered as the first one was and causes no second
 * event: concurrently, in sequence, after a restart; another request under the same key is refused; a key is
 * forgotten after {@code register.idempotency.ttl}. Over real HTTP against the one-JVM register.
 */
class IdempotentPostTest {

    static final Instant T0 = Instant.parse("2026-05-04T07:00:00Z");
    static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Testi","lastName":"Kahdesti",
             "address":{"street":"Testikatu 2","postalCode":"00100","city":"Helsinki","country":"FI"},
             "email":"kahdesti@example.test","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""";
    static final String BOOKING = """
            {"service":"NEUROSONIC_TREATMENT","startsAt":"2026-06-01T10:00:00+03:00","channel":"PHONE"}""";
    static final String OTHER_BOOKING = """
            {"service":"NEUROSONIC_TREATMENT","startsAt":"2026-06-02T10:00:00+03:00","channel":"PHONE"}""";

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(T0);

    @Test
    void emitsOneBookingEvent_WhenTheSameBookingIsSubmittedConcurrentlyWithOneKey_AndAllGetTheSameAnswer() throws Exception {
        try (RunningRegister register = start()) {
            String customerId = registered(register);
            List<RunningRegister.Response> answers = concurrently(8,
                    () -> register.send("staff", "POST", bookings(customerId), BOOKING, key("double-click-1")));

            assertThat(answers).extracting(RunningRegister.Response::status).containsOnly(201);
            assertThat(answers).extracting(RunningRegister.Response::body).containsOnly(answers.get(0).body());
            assertThat(answers).extracting(answer -> answer.header("Location").orElseThrow())
                    .containsOnly(answers.get(0).header("Location").orElseThrow());
            assertThat(answers).filteredOn(answer -> answer.header("Idempotent-Replayed").isPresent()).hasSize(7);
            assertThat(bookingEvents(register, customerId)).isEqualTo(1);
        }
    }

    @Test
    void registersOneCustomer_WhenTheSameRegistrationIsSubmittedConcurrentlyWithOneKey_NotAnEmailTakenRefusal() throws Exception {
        try (RunningRegister register = start()) {
            List<RunningRegister.Response> answers = concurrently(6,
                    () -> register.send("staff", "POST", "/api/customers", CUSTOMER, key("register-once")));

            assertThat(answers).extracting(RunningRegister.Response::status).containsOnly(201);
            assertThat(answers).extracting(RunningRegister.Response::body).containsOnly(answers.get(0).body());
            assertThat(new JdbcTemplate(register.bean(DataSource.class)).queryForObject(
                    "SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE '%CustomerRegisteredEvent'",
                    Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void answersAsTheFirstTime_WhenTheSameRequestIsSentAgain_AlsoAfterARestart() throws Exception {
        String customerId;
        RunningRegister.Response first;
        try (RunningRegister register = start()) {
            customerId = registered(register);
            first = register.send("staff", "POST", bookings(customerId), BOOKING, key("retry-after-timeout"));
            RunningRegister.Response again = register.send("staff", "POST", bookings(customerId), BOOKING,
                    key("retry-after-timeout"));

            assertThat(first.status()).isEqualTo(201);
            assertThat(first.header("Idempotent-Replayed")).isEmpty();
            assertSameAnswer(again, first);
            assertThat(bookingEvents(register, customerId)).isEqualTo(1);
            assertThat(register.bean(EventStore.class).readEvents(customerId).asStream()
                    .filter(event -> event.getPayloadType().getSimpleName().equals("BookingMadeEvent")))
                    .as("the nested unit of work still gives the event its actor and correlation id")
                    .singleElement().satisfies(event -> {
                        assertThat(event.getMetaData().get("actor")).isEqualTo("staff");
                        assertThat(event.getMetaData().get("correlationId")).isNotNull();
                    });
        }
        try (RunningRegister restarted = start()) {
            RunningRegister.Response afterRestart = restarted.send("staff", "POST", bookings(customerId), BOOKING,
                    key("retry-after-timeout"));

            assertSameAnswer(afterRestart, first);
            assertThat(bookingEvents(restarted, customerId)).isEqualTo(1);
        }
    }

    @Test
    void refuses422AndStoresNothing_WhenTheKeyComesBackWithAnotherRequest() throws Exception {
        try (RunningRegister register = start()) {
            String customerId = registered(register);
            register.send("staff", "POST", bookings(customerId), BOOKING, key("one-key"));

            RunningRegister.Response otherBody = register.send("staff", "POST", bookings(customerId), OTHER_BOOKING,
                    key("one-key"));
            RunningRegister.Response otherPath = register.send("staff", "POST", "/api/customers", CUSTOMER, key("one-key"));

            assertThat(otherBody.status()).isEqualTo(422);
            assertThat(otherBody.json().get("type").asText()).isEqualTo("urn:register:problem:idempotency-key-reused");
            assertThat(otherPath.status()).isEqualTo(422);
            assertThat(bookingEvents(register, customerId)).isEqualTo(1);
            assertThat(idempotencyRecords(register)).as("the first booking's only").isEqualTo(1);
        }
    }

    @Test
    void keepsEachUsersKeysApart_AndChangesNothing_WithoutTheHeader() throws Exception {
        try (RunningRegister register = start()) {
            String customerId = registered(register);
            register.send("staff", "POST", bookings(customerId), BOOKING, key("shared-looking-key"));
            RunningRegister.Response anotherUser = register.send("dpo", "POST", bookings(customerId), BOOKING,
                    key("shared-looking-key"));
            register.send("staff", "POST", bookings(customerId), BOOKING);
            register.send("staff", "POST", bookings(customerId), BOOKING);

            assertThat(anotherUser.status()).as("the DPO may not book").isEqualTo(403);
            assertThat(bookingEvents(register, customerId)).isEqualTo(3);
        }
    }

    @Test
    void remembersNoRefusal_SoTheCorrectedRequestMayUseTheSameKey() throws Exception {
        try (RunningRegister register = start()) {
            String customerId = registered(register);
            RunningRegister.Response refused = register.send("staff", "POST", bookings(customerId),
                    BOOKING.replace("2026-06-01", "2026-05-01"), key("fix-and-retry"));
            RunningRegister.Response sentAgain = register.send("staff", "POST", bookings(customerId),
                    BOOKING.replace("2026-06-01", "2026-05-01"), key("fix-and-retry"));
            RunningRegister.Response corrected = register.send("staff", "POST", bookings(customerId), BOOKING,
                    key("fix-and-retry"));

            assertThat(refused.status()).isEqualTo(400);
            assertThat(sentAgain.status()).isEqualTo(400);
            assertThat(sentAgain.header("Idempotent-Replayed")).as("decided again").isEmpty();
            assertThat(corrected.status()).isEqualTo(201);
            assertThat(bookingEvents(register, customerId)).isEqualTo(1);
        }
    }

    @Test
    void refuses400_WhenTheKeyIsMalformed() throws Exception {
        try (RunningRegister register = start()) {
            String customerId = registered(register);
            RunningRegister.Response tooLong = register.send("staff", "POST", bookings(customerId), BOOKING,
                    key("k".repeat(256)));
            RunningRegister.Response withBlank = register.send("staff", "POST", bookings(customerId), BOOKING,
                    key("two words"));

            assertThat(List.of(tooLong.status(), withBlank.status())).containsOnly(400);
            assertThat(tooLong.json().get("type").asText()).isEqualTo("urn:register:problem:invalid-idempotency-key");
            assertThat(bookingEvents(register, customerId)).isZero();
        }
    }

    @Test
    void treatsAnExpiredKeyAsNew_AfterTheConfiguredTime() throws Exception {
        try (RunningRegister register = start("--register.idempotency.ttl=PT1H")) {
            String customerId = registered(register);
            RunningRegister.Response first = register.send("staff", "POST", bookings(customerId), BOOKING, key("old-key"));
            clock.set(T0.plus(Duration.ofMinutes(59)));
            RunningRegister.Response withinTheHour = register.send("staff", "POST", bookings(customerId), BOOKING,
                    key("old-key"));
            clock.set(T0.plus(Duration.ofHours(1)));
            RunningRegister.Response afterTheHour = register.send("staff", "POST", bookings(customerId), BOOKING,
                    key("old-key"));

            assertSameAnswer(withinTheHour, first);
            assertThat(afterTheHour.status()).isEqualTo(201);
            assertThat(afterTheHour.body()).isNotEqualTo(first.body());
            assertThat(bookingEvents(register, customerId)).isEqualTo(2);
        }
    }

    private RunningRegister start(String... arguments) {
        return RunningRegister.start(dataDir, clock, arguments);
    }

    private static String registered(RunningRegister register) throws Exception {
        return register.send("staff", "POST", "/api/customers", CUSTOMER).json().get("customerId").asText();
    }

    private static String bookings(String customerId) {
        return "/api/customers/" + customerId + "/bookings";
    }

    private static Map<String, String> key(String key) {
        return Map.of("Idempotency-Key", key);
    }

    private static void assertSameAnswer(RunningRegister.Response again, RunningRegister.Response first) {
        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).contains("true");
    }

    private static List<RunningRegister.Response> concurrently(int requests, Callable<RunningRegister.Response> request)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RunningRegister.Response>> answers = IntStream.range(0, requests)
                    .mapToObj(i -> threads.submit(() -> {
                        start.await();
                        return request.call();
                    })).toList();
            start.countDown();
            List<RunningRegister.Response> responses = new java.util.ArrayList<>();
            for (Future<RunningRegister.Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private static int bookingEvents(RunningRegister register, String customerId) {
        return new JdbcTemplate(register.bean(DataSource.class)).queryForObject(
                "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "AND payload_type LIKE '%BookingMadeEvent'", Integer.class, customerId);
    }

    private static int idempotencyRecords(RunningRegister register) {
        return new JdbcTemplate(register.bean(DataSource.class)).queryForObject(
                "SELECT COUNT(*) FROM idempotency_record", Integer.class);
    }
}
