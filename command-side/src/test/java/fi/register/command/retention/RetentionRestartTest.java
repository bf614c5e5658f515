package fi.register.command.retention;

import fi.register.testsupport.MovableClock;
import fi.register.command.CommandSideApplication;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.erasure.ErasureReason;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.UUID;

import static fi.register.command.retention.RetentionTest.plus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command side stopped and started again on the same data directory, its timer on, as it runs for real:
 * a deadline that passed while it was down is met on start-up, once, and one that has not passed is kept.
 */
class RetentionRestartTest {

    static final Instant T0 = Instant.parse("2026-03-10T08:30:00Z");

    @TempDir
    Path dataDir;

    static ConfigurableApplicationContext start(Path dataDir, MovableClock clock) {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=" + CommandSideApplication.CONFIG_NAMES)
                // the register's clock, there before any bean that needs one is made
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run("--server.port=0", "--register.data-dir=" + dataDir);
    }

    @Test
    void aDeadlineThatPassedWhileTheRegisterWasDownIsMetOnStartUpAndOnlyOnce() {
        MovableClock clock = new MovableClock(T0);
        UUID expires;
        UUID stays;
        try (ConfigurableApplicationContext register = start(dataDir, clock)) {
            expires = Subjects.register(register.getBean(CommandGateway.class));
            clock.set(plus(T0, Period.ofMonths(12)));
            stays = Subjects.register(register.getBean(CommandGateway.class));
        }

        clock.set(plus(T0, Period.ofMonths(24)).plus(Duration.ofDays(40)));
        try (ConfigurableApplicationContext register = start(dataDir, clock)) {
            EventStore events = register.getBean(EventStore.class);
            // nobody calls the enforcer here: the start-up round does it by itself
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(Subjects.erasures(events, expires)).hasSize(1));
            assertThat(Subjects.erasures(events, expires).get(0).getPayload().reason()).isEqualTo(ErasureReason.RETENTION_EXPIRED);
            assertThat(register.getBean(PersonalDataProtection.class).keyStore().isDestroyed(expires)).isTrue();

            assertThat(Subjects.erasures(events, stays)).isEmpty();
            assertThat(register.getBean(RetentionSchedule.class).deadlineOf(stays))
                    .contains(plus(T0, Period.ofMonths(36)));
            assertThat(register.getBean(RetentionEnforcer.class).enforce()).isEqualTo(new RetentionEnforcer.Round(0, 0, 0));
        }

        try (ConfigurableApplicationContext register = start(dataDir, clock)) {
            assertThat(register.getBean(RetentionEnforcer.class).enforce()).isEqualTo(new RetentionEnforcer.Round(0, 0, 0));
            assertThat(Subjects.erasures(register.getBean(EventStore.class), expires)).as("never twice").hasSize(1);
            assertThat(register.getBean(PersonalDataProtection.class).keyStore().isDestroyed(stays)).isFalse();
        }
    }

    @Test
    void subjectsRecordedBeforeRetentionExistedGetTheirDeadlinesFromTheHistory() {
        MovableClock clock = new MovableClock(T0);
        UUID expires;
        UUID served;
        UUID erased;
        try (ConfigurableApplicationContext register = start(dataDir, clock)) {
            CommandGateway commands = register.getBean(CommandGateway.class);
            expires = Subjects.register(commands);
            served = Subjects.register(commands);
            erased = Subjects.register(commands);
            Instant later = plus(T0, Period.ofMonths(6));
            clock.set(later);
            Subjects.serviceProvided(register.getBean(EventStore.class),
                    register.getBean(org.axonframework.common.transaction.TransactionManager.class), served, later);
            commands.sendAndWait(new fi.register.events.erasure.EraseSubjectCommand(erased,
                    fi.register.events.erasure.ErasureReason.SUBJECT_REQUEST));
            // what a data directory of the register before retention looks like: events, no deadlines
            JdbcTemplate jdbc = register.getBean(JdbcTemplate.class);
            jdbc.update("delete from retention_deadline");
            jdbc.update("delete from retention_catch_up");
        }

        clock.set(plus(T0, Period.ofMonths(24)));
        try (ConfigurableApplicationContext register = start(dataDir, clock)) {
            EventStore events = register.getBean(EventStore.class);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(Subjects.erasures(events, expires)).hasSize(1));
            RetentionSchedule schedule = register.getBean(RetentionSchedule.class);
            assertThat(schedule.deadlineOf(served)).contains(plus(T0, Period.ofMonths(30)));
            assertThat(schedule.deadlineOf(erased)).isEmpty();
            assertThat(Subjects.erasures(events, erased)).extracting(event -> event.getPayload().reason())
                    .containsExactly(ErasureReason.SUBJECT_REQUEST);
            assertThat(register.getBean(RetentionCatchUp.class).catchUpOnce()).as("once per event store").isFalse();
        }
    }
}
