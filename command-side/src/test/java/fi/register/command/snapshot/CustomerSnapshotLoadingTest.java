package fi.register.command.snapshot;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.CommandSideHttpTestSupport;
import fi.register.command.customer.Customer;
import fi.register.command.problem.CommandRefusedException;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.ErasureReason;
import fi.register.testsupport.MovableClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The subject's aggregate loaded from its snapshot in the running command side, with a snapshot after every 5 events so
 * that short histories cross the threshold: decisions are the same as from the events, a snapshot that cannot be used
 * is passed over for the events, and an erased subject stays erased whichever way it is loaded.
 */
@TestPropertySource(properties = {"register.snapshots.after-events=" + CustomerSnapshotLoadingTest.AFTER_EVENTS,
        "register.retention.enforce-automatically=false"})
@Import(CustomerSnapshotLoadingTest.MovedClock.class)
class CustomerSnapshotLoadingTest extends CommandSideHttpTestSupport {

    static final int AFTER_EVENTS = 5;
    static final Instant T0 = Instant.parse("2025-11-03T09:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class MovedClock {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(T0);
        }
    }

    @Autowired
    MovableClock clock;
    @Autowired
    CommandGateway commands;
    @Autowired
    Snapshotter snapshotter;
    @Autowired
    PersonalDataProtection protection;

    private UUID register() throws Exception {
        return UUID.fromString(created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"PERSON","firstName":"Testi","lastName":"Tilannekuva",
                 "address":{"street":"Testikatu 9","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"s%s@example.test","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))), "customerId"));
    }

    private void serviceGiven(UUID customerId) throws Exception {
        as("staff", post("/api/customers/" + customerId + "/service-events").contentType(MediaType.APPLICATION_JSON)
                .content("{\"service\":\"NEUROSONIC_TREATMENT\",\"kind\":\"TREATMENT_GIVEN\"}"))
                .andExpect(status().isCreated());
    }

    /** Registered, then served once a month: a history of {@code events} events. */
    private UUID withHistory(int events, Instant registeredAt) throws Exception {
        clock.set(registeredAt);
        UUID customerId = register();
        for (int i = 1; i < events; i++) {
            clock.set(monthsAfter(registeredAt, i));
            serviceGiven(customerId);
        }
        return customerId;
    }

    private static Instant monthsAfter(Instant instant, int months) {
        return instant.atOffset(ZoneOffset.UTC).plus(Period.ofMonths(months)).toInstant();
    }

    private Long snapshotSequence(UUID customerId) {
        return jdbc.queryForObject("select max(sequence_number) from snapshot_event_entry where aggregate_identifier = ?",
                Long.class, customerId.toString());
    }

    private long lastEventSequence(UUID customerId) {
        return eventStore.lastSequenceNumberFor(customerId.toString()).orElseThrow();
    }

    private void storeSnapshot(UUID customerId, String revision, byte[] payload) {
        assertThat(jdbc.update("update snapshot_event_entry set payload_revision = ?, payload = ? "
                + "where aggregate_identifier = ?", revision, payload, customerId.toString())).isEqualTo(1);
    }

    private byte[] snapshotPayload(UUID customerId) {
        return jdbc.queryForObject("select payload from snapshot_event_entry where aggregate_identifier = ?",
                byte[].class, customerId.toString());
    }

    private void forgetSnapshots(UUID customerId) {
        jdbc.update("delete from snapshot_event_entry where aggregate_identifier = ?", customerId.toString());
    }

    private void expectGone(UUID customerId) throws Exception {
        expectRefused("staff", put("/api/customers/" + customerId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"lastName\":\"Uusi\"}"), 410, "subject-erased");
        expectRefused("staff", post("/api/customers/" + customerId + "/service-events")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"service\":\"NEUROSONIC_TREATMENT\",\"kind\":\"TREATMENT_GIVEN\"}"), 410, "subject-erased");
    }

    @Test
    void keeps_ASnapshotOfTheCurrentRevision_WhenAHistoryGrowsPastTheThreshold() throws Exception {
        UUID customerId = withHistory(3 * AFTER_EVENTS, T0);

        assertThat(snapshotSequence(customerId)).isBetween((long) AFTER_EVENTS, lastEventSequence(customerId));
        assertThat(jdbc.queryForObject("select payload_revision from snapshot_event_entry where aggregate_identifier = ?",
                String.class, customerId.toString())).isEqualTo("6");
        serviceGiven(customerId);
    }

    @Test
    void readsTheEvents_WhenTheSnapshotIsOfAnotherRevision() throws Exception {
        UUID customerId = withHistory(2 * AFTER_EVENTS, T0);
        byte[] claimsErased = new String(snapshotPayload(customerId), StandardCharsets.UTF_8)
                .replace("\"erased\":false", "\"erased\":true").getBytes(StandardCharsets.UTF_8);

        // an older shape whose fields would now decide wrongly: passed over, the events decide
        storeSnapshot(customerId, "5", claimsErased);
        serviceGiven(customerId);

        // the same snapshot under the current revision is used, so the test above is not passing by chance
        storeSnapshot(customerId, "6", claimsErased);
        expectGone(customerId);
    }

    @Test
    void readsTheEvents_WhenTheSnapshotCannotBeRead() throws Exception {
        UUID customerId = withHistory(2 * AFTER_EVENTS, T0);

        storeSnapshot(customerId, "6", "{not a snapshot".getBytes(StandardCharsets.UTF_8));
        serviceGiven(customerId);

        storeSnapshot(customerId, "6", "{\"customerId\":42,\"consents\":[]}".getBytes(StandardCharsets.UTF_8));
        serviceGiven(customerId);
    }

    @Test
    void refusesAsGone_WhenAnErasedSubjectIsLoadedFromASnapshot() throws Exception {
        UUID customerId = withHistory(2 * AFTER_EVENTS, T0);
        assertThat(snapshotSequence(customerId)).isNotNull();

        as("dpo", post("/api/customers/" + customerId + "/erasure")).andExpect(status().isNoContent());
        assertThat(protection.keyStore().isDestroyed(customerId)).isTrue();
        // the snapshot from before the erasure, then the erasure read back without its key
        assertThat(snapshotSequence(customerId)).isLessThan(lastEventSequence(customerId));
        expectGone(customerId);

        // a snapshot taken after the key is gone: it alone says the subject is erased
        snapshotter.scheduleSnapshot(Customer.class, customerId.toString());
        assertThat(snapshotSequence(customerId)).isEqualTo(lastEventSequence(customerId));
        expectGone(customerId);
    }

    /**
     * Two subjects with the same long history, served monthly for a year: one decides from its snapshot, the other
     * from its events alone, and both refuse an erasure for retention until 24 months after the last service.
     */
    @Test
    void decidesRetentionAlike_WithAndWithoutASnapshot() throws Exception {
        UUID fromSnapshot = withHistory(3 * AFTER_EVENTS, T0);
        UUID fromEvents = withHistory(3 * AFTER_EVENTS, T0);
        Instant deadline = monthsAfter(monthsAfter(T0, 3 * AFTER_EVENTS - 1), 24);
        assertThat(snapshotSequence(fromSnapshot)).isNotNull();

        clock.set(deadline.minusMillis(1));
        for (UUID customerId : new UUID[]{fromSnapshot, fromEvents}) {
            forgetSnapshotsOf(customerId, fromEvents);
            assertThatThrownBy(() -> commands.sendAndWait(new EraseSubjectCommand(customerId, ErasureReason.RETENTION_EXPIRED)))
                    .isInstanceOfSatisfying(CommandRefusedException.class,
                            refused -> assertThat(refused.refusal()).isEqualTo(Refusal.RETENTION_NOT_DUE));
        }
        assertThat(snapshotSequence(fromSnapshot)).isNotNull();

        clock.set(deadline);
        for (UUID customerId : new UUID[]{fromSnapshot, fromEvents}) {
            forgetSnapshotsOf(customerId, fromEvents);
            commands.sendAndWait(new EraseSubjectCommand(customerId, ErasureReason.RETENTION_EXPIRED));
            assertThat(protection.keyStore().isDestroyed(customerId)).isTrue();
        }
    }

    private void forgetSnapshotsOf(UUID customerId, UUID theOneWithout) {
        if (customerId.equals(theOneWithout)) {
            forgetSnapshots(customerId);
            assertThat(snapshotSequence(customerId)).isNull();
        }
    }
}
