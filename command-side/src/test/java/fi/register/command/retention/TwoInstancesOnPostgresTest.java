package fi.register.command.retention;

import fi.register.testsupport.MovableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.command.CommandSideApplication;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static fi.register.command.retention.RetentionTest.plus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command-side instances on one PostgreSQL, as the production shape runs them, both enforcing retention
 * at the same moment: every subject due is erased exactly once. Also the postgres profile's own proof: the
 * event store, the lookup tables and the key store shared by two instances. The instances are two application
 * contexts in this test's JVM, sharing nothing in memory (each has its own key cache, command bus and processors);
 * two separate JVMs are the production shape's test.
 */
class TwoInstancesOnPostgresTest {

    static final Instant T0 = Instant.parse("2026-04-01T12:00:00Z");
    static final String DPO_PASSWORD = "a-long-test-only-passphrase";

    static EmbeddedPostgres postgres;

    @TempDir
    static Path keyDir;
    @TempDir
    static Path dataDirA;
    @TempDir
    static Path dataDirB;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    static ConfigurableApplicationContext instance(Path dataDir, MovableClock clock, String masterKey, String dpoPassword) {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=" + CommandSideApplication.CONFIG_NAMES)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run("--spring.profiles.active=postgres",
                        "--server.port=0",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--register.data-dir=" + dataDir,
                        // one key store for both, as the instances of a real deployment share theirs
                        "--register.crypto.key-dir=" + keyDir,
                        "--register.crypto.master-key=" + masterKey,
                        "--register.security.users[0].name=dpo",
                        "--register.security.users[0].password=" + dpoPassword,
                        "--register.security.users[0].roles[0]=DPO",
                        "--register.retention.enforce-automatically=false");
    }

    @Test
    void bothInstancesEnforceAtOnceAndEachSubjectIsErasedExactlyOnce() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String masterKey = Base64.getEncoder().encodeToString(key);
        String dpoPassword = "{bcrypt}" + new BCryptPasswordEncoder().encode(DPO_PASSWORD);
        MovableClock clock = new MovableClock(T0);

        try (ConfigurableApplicationContext a = instance(dataDirA, clock, masterKey, dpoPassword);
             ConfigurableApplicationContext b = instance(dataDirB, clock, masterKey, dpoPassword)) {
            List<UUID> subjects = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                subjects.add(Subjects.register(a.getBean(CommandGateway.class)));
                subjects.add(Subjects.register(b.getBean(CommandGateway.class)));
            }
            // each instance sees every deadline, whichever instance registered the subject
            JsonNode due = dueOn(b, plus(T0, Period.ofMonths(25)));
            assertThat(due).hasSize(subjects.size());
            assertThat(due.get(0).get("eraseAfter").asText()).isEqualTo(plus(T0, Period.ofMonths(24)).toString());

            clock.set(plus(T0, Period.ofMonths(24)));
            RetentionEnforcer.Round roundA;
            RetentionEnforcer.Round roundB;
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                CyclicBarrier together = new CyclicBarrier(2);
                Future<RetentionEnforcer.Round> onA = threads.submit(() -> {
                    together.await();
                    return a.getBean(RetentionEnforcer.class).enforce();
                });
                Future<RetentionEnforcer.Round> onB = threads.submit(() -> {
                    together.await();
                    return b.getBean(RetentionEnforcer.class).enforce();
                });
                roundA = onA.get(2, TimeUnit.MINUTES);
                roundB = onB.get(2, TimeUnit.MINUTES);
            } finally {
                threads.shutdownNow();
            }
            // a subject both tried: one erased it, the other was refused, or lost the race on the event's sequence
            // number and skipped it; its next round finds nothing left to do
            RetentionEnforcer.Round againA = a.getBean(RetentionEnforcer.class).enforce();
            RetentionEnforcer.Round againB = b.getBean(RetentionEnforcer.class).enforce();
            assertThat(roundA.erased() + roundB.erased() + againA.erased() + againB.erased()).isEqualTo(subjects.size());
            assertThat(List.of(roundA, roundB, againA, againB)).allSatisfy(round -> assertThat(round.failed()).isZero());

            EventStore events = a.getBean(EventStore.class);
            for (UUID subject : subjects) {
                assertThat(Subjects.erasures(events, subject)).extracting(event -> event.getPayload().reason())
                        .as("exactly one erasure of %s", subject).containsExactly(ErasureReason.RETENTION_EXPIRED);
                assertThat(a.getBean(PersonalDataProtection.class).keyStore().isDestroyed(subject)).isTrue();
            }
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type = ?", Long.class,
                    SubjectErasedEvent.class.getName())).isEqualTo(subjects.size());
            assertThat(dueOn(a, plus(T0, Period.ofYears(10)))).isEmpty();
            // payloads are bytea, not large objects that would outlive their rows
            assertThat(jdbc.queryForObject("select data_type from information_schema.columns "
                    + "where table_name = 'domain_event_entry' and column_name = 'payload'", String.class)).isEqualTo("bytea");
            assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class)).isZero();
        }
    }

    /** The officer's listing, over real HTTP on the instance's own port, with a bcrypt-stored password. */
    static JsonNode dueOn(ConfigurableApplicationContext instance, Instant before) throws Exception {
        String port = instance.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/retention/due?before=" + before))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString(("dpo:" + DPO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
