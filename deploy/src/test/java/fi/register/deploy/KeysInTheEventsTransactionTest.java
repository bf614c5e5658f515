package fi.register.deploy;

import fi.register.crypto.PersonalDataProtection;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.customer.RegisterCustomerCommand;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.ErasureReason;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key store joins the transaction of Axon's unit of work: the events are serialized, and so encrypted, while
 * the JPA storage engine appends them in the unit of work's prepare-commit phase, inside the Spring transaction; the
 * new subject's key row is inserted on that transaction's connection. Shown by running the commands inside an outer
 * transaction (Axon's unit of work joins it) that then rolls back.
 */
class KeysInTheEventsTransactionTest {

    @TempDir
    Path dataDir;

    private final UUID subject = UUID.randomUUID();
    private final RegisterCustomerCommand registration = new RegisterCustomerCommand(subject, CustomerKind.PERSON,
            "Testi", "Peruttava", null, null, new PostalAddress("Peruutuskuja 2", "00100", "Helsinki", "FI"), null,
            "peruttava@example.test", null, "NEUROSONIC_TREATMENT", "fi");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void keeps_NoKeyAndNoCachedKey_WhenTheRegistrationsTransactionRollsBack_SoTheRetryIsReadableAfterARestart() {
        try (RunningRegister register = RunningRegister.start(dataDir)) {
            signIn("staff", "STAFF");
            JdbcTemplate jdbc = new JdbcTemplate(register.bean(DataSource.class));
            inATransactionThatRollsBack(register, () -> {
                register.bean(CommandGateway.class).sendAndWait(registration);
                assertThat(events(jdbc)).as("appended inside the transaction").isEqualTo(1);
                assertThat(keyRows(jdbc)).as("the key inserted on the same transaction's connection").isEqualTo(1);
                assertThat(CompletableFuture.supplyAsync(() -> keyRows(jdbc)).join())
                        .as("invisible to any other connection before the commit").isZero();
            });
            assertThat(events(jdbc)).isZero();
            assertThat(keyRows(jdbc)).as("the key rolled back with its events").isZero();
            assertThat(register.bean(PersonalDataProtection.class).keyStore().find(subject))
                    .as("nor kept by the cache").isEmpty();

            register.bean(CommandGateway.class).sendAndWait(registration);
            assertThat(keyRows(jdbc)).isEqualTo(1);
        }
        try (RunningRegister restarted = RunningRegister.start(dataDir)) {
            List<Object> payloads = restarted.bean(EventStore.class).readEvents(subject.toString()).asStream()
                    .map(event -> (Object) event.getPayload()).toList();
            assertThat(payloads).singleElement().isInstanceOfSatisfying(CustomerRegisteredEvent.class,
                    event -> assertThat(event.lastName()).as("decrypted under the stored key").isEqualTo("Peruttava"));
        }
    }

    @Test
    void keeps_TheKey_WhenTheErasuresTransactionRollsBack_AndDestroysItWithTheEventWhenItCommits() {
        try (RunningRegister register = RunningRegister.start(dataDir)) {
            signIn("dpo", "DPO");
            JdbcTemplate jdbc = new JdbcTemplate(register.bean(DataSource.class));
            PersonalDataProtection protection = register.bean(PersonalDataProtection.class);
            register.bean(CommandGateway.class).sendAndWait(registration);
            EraseSubjectCommand erasure = new EraseSubjectCommand(subject, ErasureReason.SUBJECT_REQUEST);

            inATransactionThatRollsBack(register, () -> {
                register.bean(CommandGateway.class).sendAndWait(erasure);
                assertThat(keyRows(jdbc)).as("deleted inside the erasure's transaction").isZero();
            });
            assertThat(protection.keyStore().isDestroyed(subject)).isFalse();
            assertThat(protection.keyStore().find(subject)).as("the subject intact").isPresent();
            assertThat(events(jdbc)).as("no SubjectErasedEvent").isEqualTo(1);

            register.bean(CommandGateway.class).sendAndWait(erasure);
            assertThat(protection.keyStore().isDestroyed(subject)).isTrue();
            assertThat(protection.keyStore().find(subject)).isEmpty();
            assertThat(keyRows(jdbc)).isZero();
            assertThat(events(jdbc)).isEqualTo(2);
        }
    }

    private static void inATransactionThatRollsBack(RunningRegister register, Runnable work) {
        new TransactionTemplate(register.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }

    private int events(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, subject.toString());
    }

    private int keyRows(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM data_key WHERE subject_id = ?", Integer.class, subject.toString());
    }

    private static void signIn(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
