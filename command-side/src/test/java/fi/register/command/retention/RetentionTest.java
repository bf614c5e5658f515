package fi.register.command.retention;

import fi.register.testsupport.MovableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.command.CommandSideApplication;
import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.EventMetadata;
import fi.register.events.booking.BookServiceCommand;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.CompleteBookingCommand;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention in the running command side, with a clock the tests move: the deadline starts at registration,
 * moves with a service event, is cancelled by an erasure on request, and is met exactly once.
 * The enforcer's timer is off; each test runs a round itself.
 */
@SpringBootTest(classes = CommandSideApplication.class,
        properties = {"spring.config.name=" + CommandSideApplication.CONFIG_NAMES, "register.retention.enforce-automatically=false"})
@AutoConfigureMockMvc
@Import(RetentionTest.MovedClock.class)
class RetentionTest {

    /** Registrations in these tests happen on this day; deadlines fall before 2028-01-01. */
    static final Instant T0 = Instant.parse("2025-11-03T09:00:00Z");
    static final Period RETENTION = Period.ofMonths(24);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("register.data-dir", () -> dataDir.toString());
    }

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
    RetentionEnforcer enforcer;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore events;
    @Autowired
    TransactionManager transactions;
    @Autowired
    PersonalDataProtection protection;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper objectMapper;

    static Instant plus(Instant instant, Period period) {
        return instant.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }

    UUID registerAt(Instant at) {
        clock.set(at);
        return Subjects.register(commands);
    }

    List<DueErasure> due(Instant before) throws Exception {
        MvcResult result = mvc.perform(get("/api/retention/due").param("before", before.toString()).with(httpBasic("dpo", "dpo")))
                .andExpect(status().isOk())
                .andReturn();
        List<DueErasure> due = new ArrayList<>();
        for (JsonNode row : objectMapper.readTree(result.getResponse().getContentAsString())) {
            assertThat(StreamSupport.stream(((Iterable<String>) row::fieldNames).spliterator(), false))
                    .as("ids and times only").containsExactlyInAnyOrder("customerId", "eraseAfter", "due", "keptByOpenBookingAt");
            due.add(new DueErasure(UUID.fromString(row.get("customerId").asText()), Instant.parse(row.get("eraseAfter").asText())));
        }
        return due;
    }

    record DueErasure(UUID customerId, Instant eraseAfter) {
    }

    Instant deadlineOf(UUID customerId) throws Exception {
        return due(Instant.parse("9999-01-01T00:00:00Z")).stream()
                .filter(row -> row.customerId().equals(customerId))
                .map(DueErasure::eraseAfter)
                .findFirst()
                .orElse(null);
    }

    @Test
    void registrationStartsThePeriod() throws Exception {
        UUID customerId = registerAt(T0);

        assertThat(deadlineOf(customerId)).isEqualTo(plus(T0, RETENTION));
        assertThat(protection.keyStore().isDestroyed(customerId)).isFalse();
    }

    @Test
    void atTheDeadlineTheSubjectIsErasedOnceAsTheOfficerWouldWithTheRegisterAsActor() throws Exception {
        UUID customerId = registerAt(T0);
        Instant deadline = plus(T0, RETENTION);

        clock.set(deadline.minusMillis(1));
        enforcer.enforce();
        assertThat(Subjects.erasures(events, customerId)).isEmpty();
        assertThat(protection.keyStore().isDestroyed(customerId)).isFalse();

        clock.set(deadline);
        assertThat(enforcer.enforce().erased()).isPositive();

        List<DomainEventMessage<SubjectErasedEvent>> erasures = Subjects.erasures(events, customerId);
        assertThat(erasures).hasSize(1);
        assertThat(erasures.get(0).getPayload()).isEqualTo(new SubjectErasedEvent(customerId, ErasureReason.RETENTION_EXPIRED, deadline));
        assertThat(erasures.get(0).getMetaData())
                .containsEntry(EventMetadata.ACTOR, "system")
                .containsEntry(EventMetadata.LEGAL_BASIS, "LEGAL_OBLIGATION");
        assertThat(protection.keyStore().isDestroyed(customerId)).isTrue();
        assertThat(deadlineOf(customerId)).as("nothing left to erase").isNull();

        // running again, and again later, does nothing more
        assertThat(enforcer.enforce()).isEqualTo(new RetentionEnforcer.Round(0, 0, 0));
        clock.set(plus(deadline, Period.ofYears(5)));
        enforcer.enforce();
        assertThat(Subjects.erasures(events, customerId)).hasSize(1);
    }

    @Test
    void aServiceEventBeforeTheDeadlineMovesIt() throws Exception {
        UUID customerId = registerAt(T0);
        Instant served = plus(T0, Period.ofMonths(20));
        clock.set(served);
        Subjects.serviceProvided(events, transactions, customerId, served);

        assertThat(deadlineOf(customerId)).isEqualTo(plus(served, RETENTION));
        clock.set(plus(T0, Period.ofMonths(25)));
        enforcer.enforce();
        assertThat(Subjects.erasures(events, customerId)).as("the old deadline passed, but it had moved").isEmpty();

        clock.set(plus(served, RETENTION));
        enforcer.enforce();
        assertThat(Subjects.erasures(events, customerId)).extracting(event -> event.getPayload().reason())
                .containsExactly(ErasureReason.RETENTION_EXPIRED);
    }

    @Test
    void aCompletedBookingAndAServiceEventWithoutBookingMoveTheDeadline() throws Exception {
        UUID customerId = registerAt(T0);
        UUID bookingId = UUID.randomUUID();
        Instant appointment = plus(T0, Period.ofMonths(20));
        clock.set(plus(T0, Period.ofMonths(19)));
        commands.sendAndWait(new BookServiceCommand(customerId, bookingId, "NEUROSONIC_TREATMENT", appointment,
                BookingChannel.PHONE));
        assertThat(deadlineOf(customerId)).as("a booking is not a service event, but keeps the customer until its time")
                .isEqualTo(plus(appointment, RETENTION));

        clock.set(appointment);
        commands.sendAndWait(new CompleteBookingCommand(customerId, bookingId));
        assertThat(deadlineOf(customerId)).isEqualTo(plus(appointment, RETENTION));

        Instant handedOver = plus(T0, Period.ofMonths(22));
        clock.set(handedOver);
        mvc.perform(post("/api/customers/" + customerId + "/service-events").with(httpBasic("staff", "staff"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"NEUROSONIC_RENTAL\",\"kind\":\"DEVICE_HANDED_OVER\"}"))
                .andExpect(status().isCreated());
        assertThat(deadlineOf(customerId)).isEqualTo(plus(handedOver, RETENTION));
    }

    @Test
    void erasureOnRequestBeforeTheDeadlineCancelsIt() throws Exception {
        UUID customerId = registerAt(T0);
        clock.set(plus(T0, Period.ofMonths(3)));
        mvc.perform(post("/api/customers/" + customerId + "/erasure").with(httpBasic("dpo", "dpo")))
                .andExpect(status().isNoContent());
        assertThat(deadlineOf(customerId)).isNull();

        clock.set(plus(T0, Period.ofMonths(30)));
        enforcer.enforce();
        assertThat(Subjects.erasures(events, customerId)).extracting(event -> event.getPayload().reason())
                .containsExactly(ErasureReason.SUBJECT_REQUEST);
    }

    @Test
    void anErasureForRetentionIsRefusedBeforeThePeriodHasPassed() {
        UUID customerId = registerAt(T0);
        clock.set(plus(T0, Period.ofMonths(23)));

        assertThatThrownBy(() -> commands.sendAndWait(new EraseSubjectCommand(customerId, ErasureReason.RETENTION_EXPIRED)))
                .isInstanceOfSatisfying(CommandRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.RETENTION_NOT_DUE));
        assertThat(Subjects.erasures(events, customerId)).isEmpty();
        assertThat(protection.keyStore().isDestroyed(customerId)).isFalse();
    }

    @Test
    void theOfficerSeesWhoIsDueWhenEarliestFirst() throws Exception {
        UUID second = registerAt(T0.plusSeconds(3600));
        UUID first = registerAt(T0);
        UUID third = registerAt(T0.plusSeconds(7200));
        clock.set(T0.plusSeconds(7200));

        List<DueErasure> due = due(Instant.parse("2028-01-01T00:00:00Z"));
        assertThat(due).extracting(DueErasure::eraseAfter).isSorted();
        assertThat(due).filteredOn(row -> Set.of(first, second, third).contains(row.customerId()))
                .containsExactly(new DueErasure(first, plus(T0, RETENTION)),
                        new DueErasure(second, plus(T0.plusSeconds(3600), RETENTION)),
                        new DueErasure(third, plus(T0.plusSeconds(7200), RETENTION)));
        // before is exclusive
        assertThat(due(plus(T0.plusSeconds(3600), RETENTION))).extracting(DueErasure::customerId)
                .contains(first).doesNotContain(second, third);
    }

    @Test
    void onlyTheOfficerMaySeeWhoIsDue() throws Exception {
        for (String user : List.of("staff", "management")) {
            mvc.perform(get("/api/retention/due").param("before", "2028-01-01T00:00:00Z").with(httpBasic(user, user)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:register:problem:forbidden"));
        }
        mvc.perform(get("/api/retention/due").param("before", "2028-01-01T00:00:00Z"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void beforeIsRequiredAndMustBeAnInstant() throws Exception {
        mvc.perform(get("/api/retention/due").with(httpBasic("dpo", "dpo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:register:problem:invalid-field"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("before")));
        MvcResult bad = mvc.perform(get("/api/retention/due").param("before", "ensi-vuonna").with(httpBasic("dpo", "dpo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:register:problem:invalid-field"))
                .andReturn();
        assertThat(bad.getResponse().getContentAsString()).doesNotContain("ensi-vuonna");
    }

    @Test
    void isInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs/command-side")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/retention/due'].get").exists());
    }

    // --- an open booking keeps its customer; bookings only at times the clinic can mean ---

    String book(UUID customerId, Instant startsAt) throws Exception {
        MvcResult booked = mvc.perform(post("/api/customers/" + customerId + "/bookings").with(httpBasic("staff", "staff"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"" + startsAt + "\",\"channel\":\"PHONE\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        return objectMapper.readTree(booked.getResponse().getContentAsString()).get("bookingId").asText();
    }

    JsonNode listed(UUID customerId, Instant before) throws Exception {
        MvcResult result = mvc.perform(get("/api/retention/due").param("before", before.toString()).with(httpBasic("dpo", "dpo")))
                .andExpect(status().isOk())
                .andReturn();
        for (JsonNode row : objectMapper.readTree(result.getResponse().getContentAsString())) {
            if (row.get("customerId").asText().equals(customerId.toString())) {
                return row;
            }
        }
        return null;
    }

    @Test
    void keeps_ACustomerWithAnOpenBookingBeyondTheDeadline_AndErasesTwentyFourMonthsAfterTheBookingsTime() throws Exception {
        UUID customerId = registerAt(T0);
        Instant deadline = plus(T0, RETENTION);
        clock.set(plus(T0, Period.ofMonths(1)));
        Instant appointment = plus(deadline, Period.ofMonths(1));
        book(customerId, appointment);

        clock.set(deadline);
        enforcer.enforce();
        assertThat(Subjects.erasures(events, customerId)).as("an open booking keeps the customer").isEmpty();
        JsonNode row = listed(customerId, deadline.plusSeconds(1));
        assertThat(row).as("the officer sees who is kept, and why").isNotNull();
        assertThat(row.get("due").asBoolean()).isFalse();
        assertThat(Instant.parse(row.get("keptByOpenBookingAt").asText())).isEqualTo(appointment);
        assertThat(Instant.parse(row.get("eraseAfter").asText())).isEqualTo(plus(appointment, RETENTION));

        // the booked time passes without a completion or a cancellation: the period counts from it
        clock.set(plus(appointment, RETENTION).minusMillis(1));
        enforcer.enforce();
        assertThat(Subjects.erasures(events, customerId)).isEmpty();
        clock.set(plus(appointment, RETENTION));
        enforcer.enforce();
        assertThat(Subjects.erasures(events, customerId)).extracting(event -> event.getPayload().reason())
                .containsExactly(ErasureReason.RETENTION_EXPIRED);
    }

    @Test
    void keeps_NothingOnceTheBookingIsCancelled_TheCustomerIsErasedOnTheNextRound() throws Exception {
        UUID customerId = registerAt(T0);
        clock.set(plus(T0, Period.ofMonths(13)));
        String bookingId = book(customerId, plus(T0, Period.ofMonths(30)));

        clock.set(plus(T0, Period.ofMonths(25)));
        enforcer.enforce();
        assertThat(Subjects.erasures(events, customerId)).isEmpty();
        mvc.perform(post("/api/customers/" + customerId + "/bookings/" + bookingId + "/cancellation")
                        .with(httpBasic("staff", "staff")))
                .andExpect(status().isNoContent());
        assertThat(listed(customerId, clock.instant()).get("due").asBoolean()).isTrue();

        enforcer.enforce();
        assertThat(Subjects.erasures(events, customerId)).extracting(event -> event.getPayload().reason())
                .containsExactly(ErasureReason.RETENTION_EXPIRED);
    }

    @Test
    void rejects_WhenABookingIsCompletedBeforeItsDay_WithAProblemDocument() throws Exception {
        UUID customerId = registerAt(T0);
        Instant appointment = plus(T0, Period.ofMonths(2));
        String bookingId = book(customerId, appointment);

        mvc.perform(post("/api/customers/" + customerId + "/bookings/" + bookingId + "/completion")
                        .with(httpBasic("staff", "staff")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:register:problem:booking-not-started"));
        assertThat(deadlineOf(customerId)).as("the clock did not restart").isEqualTo(plus(appointment, RETENTION));
    }

    @Test
    void rejects_WhenABookingOrItsNewTimeLiesBeyondTheHorizon_NamingTheField() throws Exception {
        UUID customerId = registerAt(T0);
        String bookings = "/api/customers/" + customerId + "/bookings";
        String bookingId = book(customerId, plus(T0, Period.ofMonths(2)));
        for (String absurd : List.of("2286-11-20T17:46:40Z", "+999999999-12-31T10:00:00Z", "2027-11-03T09:00:01Z")) {
            mvc.perform(post(bookings).with(httpBasic("staff", "staff")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"" + absurd + "\",\"channel\":\"PHONE\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:register:problem:booking-beyond-horizon"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("startsAt")));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(bookings + "/" + bookingId)
                            .with(httpBasic("staff", "staff")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"startsAt\":\"" + absurd + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:register:problem:booking-beyond-horizon"));
        }
        mvc.perform(post(bookings).with(httpBasic("staff", "staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"-999999999-01-01T00:00:00Z\",\"channel\":\"PHONE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:register:problem:booking-in-the-past"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("startsAt")));
        assertThat(deadlineOf(customerId)).as("only the one plausible booking was made")
                .isEqualTo(plus(plus(T0, Period.ofMonths(2)), RETENTION));
    }
}
