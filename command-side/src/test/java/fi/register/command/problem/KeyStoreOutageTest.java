package fi.register.command.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.command.CommandSideApplication;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command side with its keys on a MongoDB host of their own ({@code register.crypto.key-store=mongo}) and its
 * events elsewhere (the embedded H2 event store), while the key host goes away mid-load and comes back (issue 13,
 * "Faults"). A personal field is never written without its subject's key, so with no key there is no write: every
 * command that needed the store is answered 503 {@code storage-unavailable}, none of it is stored (no event, no clear
 * text anywhere on disk or in the log), and the same process serves again once the host is back.
 * <p>
 * What a cached key means while the store is away depends on {@code register.crypto.key-cache-checks-tombstone}. On
 * (the setting wherever several processes share the store): a cached key is used only after the store said the
 * subject has no tombstone, so with the store away every command on a subject is refused too. Off (one command side
 * alone): a command on a subject whose key is cached goes through, encrypted under that key. A registration needs a new
 * key, which only the store can keep, so it is refused either way.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeyStoreOutageTest {

    private static final String PASSWORD = "a-long-test-only-passphrase";
    private static final String STORAGE_UNAVAILABLE = "urn:register:problem:storage-unavailable";
    private static final int CLIENTS = 4;
    private static final int SUBJECTS_PER_CLIENT = 2;

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger markers = new AtomicInteger();
    private RestartableKeyServer keys;
    private ConfigurableApplicationContext commandSide;

    @AfterEach
    void stop() {
        if (commandSide != null) {
            commandSide.close();
        }
        if (keys != null) {
            keys.close();
        }
    }

    @Test
    void answers503_WhenKeyStoreUnreachableMidLoad_andWritesNothingOfTheRefusedCommands(CapturedOutput output)
            throws Exception {
        keys = new RestartableKeyServer(work.resolve("key-host.mv"));
        commandSide = commandSide(true);
        List<Answer> registeredBefore = new ArrayList<>();
        List<List<UUID>> subjectsOfClient = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            List<UUID> subjects = new ArrayList<>();
            for (int i = 0; i < SUBJECTS_PER_CLIENT; i++) {
                registeredBefore.add(register(nextMarker()));
                subjects.add(registeredBefore.get(registeredBefore.size() - 1).subject());
            }
            subjectsOfClient.add(subjects);
        }
        registeredBefore.add(register(nextMarker()));
        UUID erasedAfterTheOutage = registeredBefore.get(registeredBefore.size() - 1).subject();
        long eventsBeforeTheLoad = storedEvents();

        Load load = new Load();
        load.start(subjectsOfClient);
        await().atMost(Duration.ofSeconds(60)).until(() -> load.count(Answer::acknowledged) >= 12);
        keys.stop();
        load.keyHost(Phase.AWAY);
        await().atMost(Duration.ofSeconds(60)).until(() -> load.count(Answer::sentAndAnsweredWhileAway) >= 4 * CLIENTS);
        Answer erasureWhileAway = erase(erasedAfterTheOutage, Phase.AWAY);

        load.keyHost(Phase.RETURNED);
        keys.start();
        // the driver finds the host again by itself: no restart of the command side
        await().atMost(Duration.ofSeconds(60)).until(() -> load.count(Answer::acknowledgedAfterTheReturn) >= 2 * CLIENTS);
        List<Answer> answers = load.finish();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.kind())
                .isIn(201, 204, 503));
        assertThat(answers).filteredOn(Answer::sentAndAnsweredWhileAway)
                .as("with the tombstone check, every command needs the store").allSatisfy(answer ->
                        assertThat(answer.status()).isEqualTo(503));
        assertThat(kinds(answers, answer -> answer.status() == 503)).containsExactlyInAnyOrder("register", "rectify");
        List<Answer> refused = new ArrayList<>(answers.stream().filter(answer -> answer.status() == 503).toList());
        refused.add(erasureWhileAway);
        refused.forEach(this::assertStorageUnavailable);

        // every acknowledged command is in the history, no refused one is
        assertHistoryHoldsExactlyTheAcknowledged(answers, eventsBeforeTheLoad);
        // the subject whose erasure was refused is whole, key and all: its erasure goes through now
        assertThat(erase(erasedAfterTheOutage, Phase.RETURNED).status()).isEqualTo(204);
        assertThat(protection().keyStore().isDestroyed(erasedAfterTheOutage)).isTrue();

        assertNoMarkerInClear(Stream.concat(registeredBefore.stream(), answers.stream()).toList(), output);
    }

    @Test
    void recovers_WhenTheKeyStoreReturns_andEncryptsUnderCachedKeysMeanwhile_WithoutTheTombstoneCheck(
            CapturedOutput output) throws Exception {
        keys = new RestartableKeyServer(work.resolve("key-host.mv"));
        commandSide = commandSide(false);
        Answer registeredBefore = register(nextMarker());
        UUID cached = registeredBefore.subject();
        long eventsBeforeTheOutage = storedEvents();

        keys.stop();
        List<Answer> answers = new CopyOnWriteArrayList<>(List.of(registeredBefore));
        Answer rectified = rectify(cached, nextMarker(), Phase.AWAY);
        Answer registration = register(nextMarker(), Phase.AWAY);
        Answer erasure = erase(cached, Phase.AWAY);
        answers.addAll(List.of(rectified, registration));

        assertThat(rectified.status()).as("a cached key encrypts a command on its subject").isEqualTo(204);
        assertThat(registration.status()).as("a new subject's key can only be kept by the store").isEqualTo(503);
        assertThat(erasure.status()).as("an erasure must destroy the key in the store").isEqualTo(503);
        assertStorageUnavailable(registration);
        assertStorageUnavailable(erasure);
        assertThat(storedEvents()).as("the rectification's event alone").isEqualTo(eventsBeforeTheOutage + 1);

        keys.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Answer again = register(nextMarker(), Phase.RETURNED);
            answers.add(again);
            return again.status() == 201;
        });
        // the subject is whole after the refused erasure, and its key is the store's again
        Answer afterwards = rectify(cached, nextMarker(), Phase.RETURNED);
        answers.add(afterwards);
        assertThat(afterwards.status()).isEqualTo(204);
        assertThat(rectifiedNames(cached)).contains(rectified.marker(), afterwards.marker());
        assertThat(erase(cached, Phase.RETURNED).status()).isEqualTo(204);

        assertNoMarkerInClear(answers, output);
    }

    // --- the load --------------------------------------------------------------------------------------------

    /**
     * Where the key host was: {@code AWAY} from the end of its stop, {@code RETURNED} from just before its start. A
     * request sent while it was away may still be waiting for it when it returns, and then goes through: only one
     * both sent and answered while it was away was certainly decided without it.
     */
    enum Phase { UP, AWAY, RETURNED }

    /** What one request sent and was answered; the marker is the unique personal value it carried. */
    record Answer(String kind, UUID subject, String marker, Phase sentIn, Phase answeredIn, int status, String body,
                  String problemType, String contentType, String retryAfter) {

        boolean sentAndAnsweredWhileAway() {
            return sentIn == Phase.AWAY && answeredIn == Phase.AWAY;
        }

        boolean acknowledged() {
            return status == 201 || status == 204;
        }

        Answer answeredIn(Phase phase) {
            return new Answer(kind, subject, marker, sentIn, phase, status, body, problemType, contentType, retryAfter);
        }

        boolean acknowledgedAfterTheReturn() {
            return sentIn == Phase.RETURNED && acknowledged();
        }
    }

    /**
     * Clients that register new customers and rectify their own existing ones (never the same subject from two
     * clients, so no answer is a conflict), each request carrying a personal value seen nowhere else.
     */
    private final class Load {

        private volatile Phase phase = Phase.UP;
        private volatile boolean stopping;
        private final Collection<Answer> answers = new ConcurrentLinkedQueue<>();
        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        private final List<Future<?>> running = new ArrayList<>();

        void start(List<List<UUID>> subjectsOfClient) {
            for (List<UUID> own : subjectsOfClient) {
                running.add(clients.submit(() -> {
                    for (int i = 0; !stopping; i++) {
                        Phase sentIn = phase;
                        Answer answer = i % 2 == 0 ? register(nextMarker(), sentIn)
                                : rectify(own.get(i / 2 % own.size()), nextMarker(), sentIn);
                        answers.add(answer.answeredIn(phase));
                    }
                    return null;
                }));
            }
        }

        void keyHost(Phase now) {
            phase = now;
        }

        long count(Predicate<Answer> which) {
            return answers.stream().filter(which).count();
        }

        List<Answer> finish() throws Exception {
            stopping = true;
            for (Future<?> client : running) {
                client.get();
            }
            clients.shutdown();
            return List.copyOf(answers);
        }
    }

    // --- the requests ----------------------------------------------------------------------------------------

    private Answer register(String marker) {
        Answer answer = register(marker, Phase.UP);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer;
    }

    private Answer register(String marker, Phase sentIn) {
        String body = """
                {"kind":"PERSON","firstName":"%1$s","lastName":"%1$s","email":"%1$s@example.test",
                 "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""".formatted(marker);
        HttpResponse<String> response = send("POST", "/api/customers", body);
        UUID subject = response.statusCode() == 201 ? UUID.fromString(field(response.body(), "customerId")) : null;
        return answer("register", subject, marker, sentIn, response);
    }

    private Answer rectify(UUID subject, String marker, Phase sentIn) {
        String body = """
                {"firstName":"%1$s","email":"%1$s@example.test"}""".formatted(marker);
        return answer("rectify", subject, marker, sentIn, send("PUT", "/api/customers/" + subject, body));
    }

    private Answer erase(UUID subject, Phase sentIn) {
        return answer("erase", subject, null, sentIn, send("POST", "/api/customers/" + subject + "/erasure", null));
    }

    private Answer answer(String kind, UUID subject, String marker, Phase sentIn, HttpResponse<String> response) {
        String type = response.statusCode() >= 400 ? field(response.body(), "type") : null;
        return new Answer(kind, subject, marker, sentIn, null, response.statusCode(), response.body(), type,
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    private HttpResponse<String> send(String method, String path, String body) {
        int port = ((WebServerApplicationContext) commandSide).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("staff:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String field(String body, String name) {
        try {
            JsonNode node = json.readTree(body).get(name);
            return node == null ? null : node.asText();
        } catch (IOException e) {
            return null;
        }
    }

    /** A personal value no other request carries, in letters only so that it passes every field's rules. */
    private String nextMarker() {
        int n = markers.incrementAndGet();
        StringBuilder letters = new StringBuilder();
        for (int rest = n; rest > 0; rest /= 26) {
            letters.append((char) ('a' + rest % 26));
        }
        return "kfm" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "q")
                + letters;
    }

    // --- what was kept ---------------------------------------------------------------------------------------

    private void assertStorageUnavailable(Answer answer) {
        assertThat(answer.status()).as(answer.kind()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo(STORAGE_UNAVAILABLE);
        assertThat(answer.retryAfter()).isEqualTo("5");
        if (answer.marker() != null) {
            assertThat(answer.body().contains(answer.marker())).as("the refused value in the problem").isFalse();
        }
    }

    private void assertHistoryHoldsExactlyTheAcknowledged(List<Answer> answers, long eventsBeforeTheLoad) {
        List<Answer> registered = answers.stream().filter(a -> a.kind().equals("register") && a.acknowledged()).toList();
        List<Answer> rectified = answers.stream().filter(a -> a.kind().equals("rectify") && a.acknowledged()).toList();
        assertThat(storedEvents()).as("one event per acknowledged command, none for a refused one")
                .isEqualTo(eventsBeforeTheLoad + registered.size() + rectified.size());
        for (Answer registration : registered) {
            assertThat(registeredEmail(registration.subject())).isEqualTo(registration.marker() + "@example.test");
        }
        Set<UUID> rectifiedSubjects = answers.stream().filter(a -> a.kind().equals("rectify")).map(Answer::subject)
                .collect(Collectors.toSet());
        for (UUID subject : rectifiedSubjects) {
            Set<String> acknowledged = rectified.stream().filter(a -> a.subject().equals(subject))
                    .map(Answer::marker).collect(Collectors.toSet());
            assertThat(rectifiedNames(subject)).as("the rectifications of one subject")
                    .containsExactlyInAnyOrderElementsOf(acknowledged);
        }
    }

    private String registeredEmail(UUID subject) {
        return history(subject).filter(CustomerRegisteredEvent.class::isInstance).map(CustomerRegisteredEvent.class::cast)
                .map(CustomerRegisteredEvent::email).findFirst().orElse(null);
    }

    private List<String> rectifiedNames(UUID subject) {
        return history(subject).filter(CustomerRectifiedEvent.class::isInstance).map(CustomerRectifiedEvent.class::cast)
                .map(CustomerRectifiedEvent::firstName).toList();
    }

    private Stream<Object> history(UUID subject) {
        return commandSide.getBean(EventStore.class).readEvents(subject.toString()).asStream()
                .map(event -> (Object) event.getPayload());
    }

    private long storedEvents() {
        return commandSide.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry",
                Long.class);
    }

    private PersonalDataProtection protection() {
        return commandSide.getBean(PersonalDataProtection.class);
    }

    /**
     * No value any request carried, acknowledged or refused, is in clear text in any file of the event store's data
     * directory (the H2 event store, the log file) or of the key host, nor in the console's output. The files are read
     * after the command side closed them. The subjects' ids (not personal) are found there: the scan reads the data.
     */
    private void assertNoMarkerInClear(List<Answer> answers, CapturedOutput output) throws IOException {
        commandSide.close();
        keys.stop();
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> paths = Stream.concat(Files.walk(work.resolve("data")), Stream.of(keys.file()))) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.add(Files.readAllBytes(path));
            }
        }
        String log = output.getAll();
        for (Answer answer : answers) {
            byte[] marker = answer.marker().getBytes(StandardCharsets.UTF_8);
            assertThat(files.stream().anyMatch(bytes -> contains(bytes, marker)))
                    .as("a personal value of a %s answered %d in clear on disk", answer.kind(), answer.status()).isFalse();
            assertThat(log.contains(answer.marker())).as("a personal value in the log").isFalse();
        }
        UUID anyStoredSubject = answers.stream().filter(Answer::acknowledged).map(Answer::subject).findFirst().orElseThrow();
        assertThat(files.stream().anyMatch(bytes -> contains(bytes, anyStoredSubject.toString()
                .getBytes(StandardCharsets.US_ASCII)))).as("the scan reads the stored data").isTrue();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Set<String> kinds(List<Answer> answers, Predicate<Answer> which) {
        return answers.stream().filter(which).map(Answer::kind).collect(Collectors.toSet());
    }

    private ConfigurableApplicationContext commandSide(boolean checkTombstones) {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=" + CommandSideApplication.CONFIG_NAMES)
                .run("--spring.profiles.active=embedded",
                        "--server.port=0",
                        "--register.data-dir=" + work.resolve("data"),
                        "--register.crypto.key-store=mongo",
                        "--register.crypto.mongo.uri=" + keys.uri(),
                        "--register.crypto.key-cache-checks-tombstone=" + checkTombstones,
                        "--register.security.users[0].name=staff",
                        "--register.security.users[0].password={noop}" + PASSWORD,
                        "--register.security.users[0].roles[0]=STAFF",
                        "--register.security.users[0].roles[1]=DPO",
                        "--register.retention.enforce-automatically=false");
    }
}
