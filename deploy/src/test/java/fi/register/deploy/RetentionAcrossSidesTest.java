package fi.register.deploy;

import fi.register.testsupport.MovableClock;
import fi.register.command.CommandSideApplication;
import fi.register.command.retention.RetentionEnforcer;
import fi.register.crypto.PersonalDataProtection;
import fi.register.query.QuerySideApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An erasure for the retention period reaches the query side as the officer's erasure does: the view is gone
 * (410) and the key destroyed. Both in the one-JVM register and with the two sides as separate applications
 * that share only the event store and the key directory.
 */
class RetentionAcrossSidesTest {

    static final Instant T0 = Instant.parse("2026-05-04T07:00:00Z");
    static final Instant DEADLINE = T0.atOffset(ZoneOffset.UTC).plusMonths(24).toInstant();
    static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Testi","lastName":"Vanheneva",
             "address":{"street":"Testikatu 9","postalCode":"00100","city":"Helsinki","country":"FI"},
             "email":"vanheneva@example.test","customerGroup":"EMFIT_MONITORING","language":"fi"}""";

    @TempDir
    Path dataDir;

    @Test
    void inTheOneJvmRegisterTheViewIsGoneAfterTheRetentionErasure() throws Exception {
        MovableClock clock = new MovableClock(T0);
        try (RunningRegister register = RunningRegister.start(dataDir, clock, "--register.retention.enforce-automatically=false")) {
            erasedForRetention(register, register, clock, dataDir);
        }
    }

    @Test
    void withTheSidesAsSeparateApplicationsTheViewIsGoneAfterTheRetentionErasure() throws Exception {
        MovableClock clock = new MovableClock(T0);
        try (RunningRegister commandSide = RunningRegister.started(new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=" + CommandSideApplication.CONFIG_NAMES), dataDir, clock,
                "--register.retention.enforce-automatically=false");
             RunningRegister querySide = RunningRegister.started(new SpringApplicationBuilder(QuerySideApplication.class)
                     .properties("spring.config.name=" + QuerySideApplication.CONFIG_NAMES), dataDir, clock)) {
            erasedForRetention(commandSide, querySide, clock, dataDir);
        }
    }

    private static void erasedForRetention(RunningRegister commandSide, RunningRegister querySide, MovableClock clock,
                                           Path dataDir)
            throws Exception {
        String customerId = commandSide.send("staff", "POST", "/api/customers", CUSTOMER).json().get("customerId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                querySide.send("staff", "GET", "/api/customers/" + customerId, null).status()).isEqualTo(200));
        RunningRegister.Response due = commandSide.send("dpo", "GET", "/api/retention/due?before=2028-06-01T00:00:00Z", null);
        assertThat(due.status()).isEqualTo(200);
        assertThat(due.json().toString()).isEqualTo("[{\"customerId\":\"" + customerId + "\",\"eraseAfter\":\"" + DEADLINE
                + "\",\"due\":true,\"keptByOpenBookingAt\":null}]");

        clock.set(DEADLINE);
        assertThat(commandSide.bean(RetentionEnforcer.class).enforce().erased()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                querySide.send("staff", "GET", "/api/customers/" + customerId, null).status()).isEqualTo(410));
        assertThat(querySide.bean(PersonalDataProtection.class).keyStore().isDestroyed(UUID.fromString(customerId))).isTrue();
        assertThat(commandSide.send("dpo", "GET", "/api/retention/due?before=2099-01-01T00:00:00Z", null).json()).isEmpty();
        // the scan sees what the stores wrote: the subject's id, kept in clear, is on disk; its personal data is not
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                DataDirectoryScan.findings(dataDir, List.of(customerId))).anyMatch(finding -> finding.startsWith("events")));
        assertThat(DataDirectoryScan.findings(dataDir, List.of("Vanheneva", "vanheneva@example.test", "Testikatu 9")))
                .isEmpty();
    }
}
