package fi.register.query;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.events.LegalBasis;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The data protection officer's audit trail and compliance replay over HTTP, on events appended as the command side would. */
@Import(ComplianceApiTest.FixedClock.class)
class ComplianceApiTest extends QuerySideHttpTestSupport {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    /** Long enough ago that 24 months from it have passed at {@link #NOW}. */
    static final Instant LONG_AGO = Instant.parse("2024-01-02T09:00:00Z");


    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }


    @Test
    void staffAndManagementMayNeitherReviewTheAuditTrailNorReplay() throws Exception {
        UUID customerId = UUID.randomUUID();
        for (String user : List.of("staff", "management")) {
            TestRestTemplate as = http.withBasicAuth(user, user);
            assertProblem(as.getForEntity("/api/audit?customerId=" + customerId, String.class), HttpStatus.FORBIDDEN, "forbidden");
            assertProblem(as.postForEntity("/api/compliance/replay", null, String.class), HttpStatus.FORBIDDEN, "forbidden");
        }
        assertThat(http.postForEntity("/api/compliance/replay", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theAuditTrailMergesWhoDidWhatWithWhoReadWhatAndShowsNoPersonalData() throws Exception {
        UUID customerId = UUID.randomUUID();
        UUID consentId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        events.append(CustomerEvents.registered(customerId, "Jäljitetty", "jaljitetty@example.invalid"), "staff", LegalBasis.CONTRACT);
        long last = events.append(CustomerEvents.marketingByEmail(customerId, consentId), "staff", LegalBasis.LEGAL_OBLIGATION);
        awaitProjected(customerId, last);
        http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId, String.class);
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.READ_AUDIT);
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.AUDIT_TRAIL);

        ResponseEntity<String> response = http.withBasicAuth("dpo", "dpo").getForEntity("/api/audit?customerId=" + customerId, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).doesNotContain("Jäljitetty", "jaljitetty", "Malminraitti", "web form");
        JsonNode page = json.readTree(response.getBody());
        assertThat(page.path("total").asInt()).isEqualTo(3);
        List<JsonNode> entries = list(page.path("entries"));
        List<JsonNode> eventEntries = entries.stream().filter(entry -> entry.path("kind").asText().equals("EVENT")).toList();
        assertThat(eventEntries).extracting(entry -> entry.path("sequence").asLong()).containsExactly(0L, 1L);
        assertThat(eventEntries.get(0).path("eventType").asText()).isEqualTo("CustomerRegisteredEvent");
        assertThat(eventEntries.get(0).path("actor").asText()).isEqualTo("staff");
        assertThat(eventEntries.get(0).path("legalBasis").asText()).isEqualTo("CONTRACT");
        assertThat(eventEntries.get(0).path("correlationId").asText()).isNotBlank();
        assertThat(eventEntries.get(1).path("eventType").asText()).isEqualTo("ConsentGivenEvent");
        JsonNode read = entries.stream().filter(entry -> entry.path("kind").asText().equals("READ")).findFirst().orElseThrow();
        assertThat(read.path("reader").asText()).isEqualTo("staff");
        assertThat(read.path("what").asText()).isEqualTo("REGISTER_VIEW");
        assertThat(read.path("at").asText()).isEqualTo(NOW.toString());
        assertThat(entries).extracting(entry -> Instant.parse(entry.path("at").asText())).isSorted();
        // reviewing the trail reads no personal data, so it is not itself recorded
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.READ_AUDIT);
        assertThat(projections.getCollection("personal_data_reads").countDocuments(eq("customerId", customerId.toString())))
                .isEqualTo(1);
    }

    @Test
    void theAuditTrailOfAWindowCoversEverySubjectAndIsPaged() throws Exception {
        UUID customerId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        events.append(CustomerEvents.registered(customerId, "Ikkuna", "ikkuna@example.invalid"), "staff", LegalBasis.CONTRACT);
        events.append(CustomerEvents.marketingByEmail(customerId, UUID.randomUUID()), "staff", LegalBasis.LEGAL_OBLIGATION);
        String window = "from=" + NOW.minusSeconds(1) + "&to=" + NOW.plus(Duration.ofHours(1));
        TestRestTemplate dpo = http.withBasicAuth("dpo", "dpo");
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.AUDIT_TRAIL);

        JsonNode all = json.readTree(dpo.getForObject("/api/audit?limit=1000&" + window, String.class));
        assertThat(list(all.path("entries"))).filteredOn(entry -> entry.path("customerId").asText().equals(customerId.toString()))
                .extracting(entry -> entry.path("eventType").asText())
                .containsExactly("CustomerRegisteredEvent", "ConsentGivenEvent");

        JsonNode first = json.readTree(dpo.getForObject("/api/audit?customerId=" + customerId + "&limit=1", String.class));
        assertThat(first.path("entries")).hasSize(1);
        assertThat(first.path("total").asInt()).isEqualTo(2);
        assertThat(first.path("nextOffset").asInt()).isEqualTo(1);
        JsonNode second = json.readTree(dpo.getForObject("/api/audit?customerId=" + customerId + "&limit=1&offset=1", String.class));
        assertThat(second.path("entries").get(0).path("sequence").asLong()).isEqualTo(1);
        assertThat(second.path("nextOffset").isNull()).isTrue(); // the last page

        assertProblem(dpo.getForEntity("/api/audit?customerId=" + customerId + "&limit=1001", String.class),
                HttpStatus.BAD_REQUEST, "invalid-field");
        assertProblem(dpo.getForEntity("/api/audit?from=" + NOW + "&to=" + NOW.minusSeconds(1), String.class),
                HttpStatus.BAD_REQUEST, "invalid-field");
    }

    @Test
    void rejects_WhenTheAuditWindowLiesBeyondAnyDateTheRegisterCanHold() throws Exception {
        TestRestTemplate dpo = http.withBasicAuth("dpo", "dpo");
        UUID customerId = UUID.randomUUID();
        // Instant's own extremes parse, and once answered 500 (no java.util.Date holds them)
        for (String window : List.of("from=" + Instant.MIN, "from=" + Instant.MAX,
                "from=" + NOW + "&to=" + Instant.MAX, "customerId=" + customerId + "&to=" + Instant.MIN,
                "from=-0001-01-01T00:00:00Z", "from=+10000-01-01T00:00:00Z")) {
            assertProblem(dpo.getForEntity("/api/audit?" + window, String.class), HttpStatus.BAD_REQUEST,
                    "invalid-field");
        }
        assertThat(dpo.getForEntity("/api/audit?from=0000-01-01T00:00:00Z&to=9999-12-31T23:59:59Z", String.class)
                .getStatusCode()).as("the widest window that makes sense").isEqualTo(HttpStatus.OK);
    }

    @Test
    void theReplayFindsEachBrokenPromiseAndNothingInACleanHistory() throws Exception {
        UUID clean = UUID.randomUUID();
        UUID healthConsent = UUID.randomUUID();
        EventStream cleanEvents = EventStream.of(context, clean);
        cleanEvents.append(CustomerEvents.registered(clean, "Puhdas", "puhdas@example.invalid"), "staff", LegalBasis.CONTRACT);
        cleanEvents.append(healthDataConsent(clean, healthConsent), "staff", LegalBasis.LEGAL_OBLIGATION);
        cleanEvents.append(interview(clean), "staff", LegalBasis.CONSENT, healthConsent);
        cleanEvents.append(new PersonalDataDisclosedEvent(clean, UUID.randomUUID(), "BOOKING_SYSTEM", null, Set.of(DisclosedField.NAME,
                DisclosedField.PHONE), null, CustomerEvents.REGISTERED_AT.plusSeconds(300)), "staff", LegalBasis.CONTRACT);

        UUID noConsent = UUID.randomUUID();
        EventStream noConsentEvents = EventStream.of(context, noConsent);
        noConsentEvents.append(CustomerEvents.registered(noConsent, "Ilman", "ilman@example.invalid"), "staff", LegalBasis.CONTRACT);
        noConsentEvents.append(interview(noConsent), "staff", LegalBasis.CONSENT, UUID.randomUUID());

        UUID disclosed = UUID.randomUUID();
        EventStream disclosedEvents = EventStream.of(context, disclosed);
        disclosedEvents.append(CustomerEvents.registered(disclosed, "Luovutettu", "luovutettu@example.invalid"), "staff", LegalBasis.CONTRACT);
        disclosedEvents.append(new PersonalDataDisclosedEvent(disclosed, UUID.randomUUID(), null, "Vakuutus Oy", Set.of(DisclosedField.EMAIL),
                null, CustomerEvents.REGISTERED_AT.plusSeconds(60)), "staff", LegalBasis.CONTRACT);

        UUID kept = UUID.randomUUID();
        EventStream.of(context, kept).append(registeredAt(kept, LONG_AGO), "staff", LegalBasis.CONTRACT);

        JsonNode report = replay();

        assertThat(findingsOf(report, clean)).isEmpty();
        assertThat(findingsOf(report, noConsent)).extracting(finding -> finding.path("rule").asText(),
                finding -> finding.path("eventSequence").asLong())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HEALTH_DATA_WITHOUT_CONSENT", 1L));
        assertThat(findingsOf(report, disclosed)).extracting(finding -> finding.path("rule").asText(),
                        finding -> finding.path("eventSequence").asLong())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DISCLOSURE_WITHOUT_BASIS", 1L));
        assertThat(findingsOf(report, kept)).singleElement().satisfies(finding -> {
            assertThat(finding.path("rule").asText()).isEqualTo("KEPT_PAST_RETENTION");
            assertThat(finding.path("at").asText()).isEqualTo("2026-01-02T09:00:00Z");
        });
        assertThat(report.path("checkedAt").asText()).isEqualTo(NOW.toString());
        assertThat(report.path("replayedEvents").asLong()).isGreaterThanOrEqualTo(9);
        assertThat(report.path("subjects").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(report.path("checks").path("HEALTH_DATA_WITHOUT_CONSENT").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(report.path("checks").path("DISCLOSURE_WITHOUT_BASIS").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(report.toString()).doesNotContain("Puhdas", "puhdas@", "Malminraitti");
        // read-only and idempotent: a second replay of the same history answers the same
        JsonNode again = replay();
        assertThat(findingsOf(again, noConsent)).isEqualTo(findingsOf(report, noConsent));
        assertThat(findingsOf(again, kept)).isEqualTo(findingsOf(report, kept));
    }

    @Test
    void afterAnErasureTheReplayStillRunsAndJudgesTheErasure() throws Exception {
        UUID requested = UUID.randomUUID();
        UUID consent = UUID.randomUUID();
        EventStream requestedEvents = EventStream.of(context, requested);
        requestedEvents.append(CustomerEvents.registered(requested, "Pyydetty", "pyydetty@example.invalid"), "staff", LegalBasis.CONTRACT);
        requestedEvents.append(healthDataConsent(requested, consent), "staff", LegalBasis.LEGAL_OBLIGATION);
        requestedEvents.append(interview(requested), "staff", LegalBasis.CONSENT, consent);
        protection.keyStore().destroy(requested);
        requestedEvents.append(new SubjectErasedEvent(requested, ErasureReason.SUBJECT_REQUEST, NOW.minusSeconds(60)), "dpo",
                LegalBasis.LEGAL_OBLIGATION);

        UUID early = UUID.randomUUID();
        EventStream earlyEvents = EventStream.of(context, early);
        earlyEvents.append(registeredAt(early, LONG_AGO), "staff", LegalBasis.CONTRACT);
        protection.keyStore().destroy(early);
        // 24 months from the registration end on 2026-01-02: this erasure came half a year early
        long erasure = earlyEvents.append(new SubjectErasedEvent(early, ErasureReason.RETENTION_EXPIRED,
                Instant.parse("2025-07-01T00:00:00Z")), "system", LegalBasis.LEGAL_OBLIGATION);

        UUID onTime = UUID.randomUUID();
        EventStream onTimeEvents = EventStream.of(context, onTime);
        onTimeEvents.append(registeredAt(onTime, LONG_AGO), "staff", LegalBasis.CONTRACT);
        protection.keyStore().destroy(onTime);
        onTimeEvents.append(new SubjectErasedEvent(onTime, ErasureReason.RETENTION_EXPIRED,
                Instant.parse("2026-01-02T09:01:00Z")), "system", LegalBasis.LEGAL_OBLIGATION);

        JsonNode report = replay();

        assertThat(findingsOf(report, requested)).isEmpty();
        assertThat(findingsOf(report, onTime)).isEmpty();
        assertThat(findingsOf(report, early)).singleElement().satisfies(finding -> {
            assertThat(finding.path("rule").asText()).isEqualTo("ERASED_BEFORE_RETENTION_DUE");
            assertThat(finding.path("eventSequence").asLong()).isEqualTo(erasure);
            assertThat(finding.path("at").asText()).isEqualTo("2025-07-01T00:00:00Z");
        });
        assertThat(report.path("checks").path("ERASED_BEFORE_RETENTION_DUE").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theAuditTrailOfAWindowShowsEachReadOnce_AsAReadNotAsAnEvent() throws Exception {
        UUID customerId = UUID.randomUUID();
        long last = EventStream.of(context, customerId).append(
                CustomerEvents.registered(customerId, "Kerran", "kerran@example.invalid"), "staff", LegalBasis.CONTRACT);
        awaitProjected(customerId, last);
        http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId, String.class);
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.AUDIT_TRAIL);
        String window = "from=" + NOW.minusSeconds(1) + "&to=" + NOW.plus(Duration.ofHours(1));

        JsonNode all = json.readTree(http.withBasicAuth("dpo", "dpo").getForObject("/api/audit?limit=1000&" + window, String.class));

        assertThat(list(all.path("entries"))).filteredOn(entry -> entry.path("customerId").asText().equals(customerId.toString()))
                .extracting(entry -> entry.path("kind").asText() + " "
                        + (entry.has("eventType") ? entry.path("eventType") : entry.path("what")).asText())
                .containsExactly("EVENT CustomerRegisteredEvent", "READ REGISTER_VIEW");
        assertThat(list(all.path("entries"))).extracting(entry -> entry.path("eventType").asText())
                .doesNotContain("PersonalDataReadEvent");
    }

    @Test
    void theReplayPassesReadsBy_CountingThemAsEventsButCheckingNoneAndCountingNoSubject() throws Exception {
        UUID customerId = UUID.randomUUID();
        long last = EventStream.of(context, customerId).append(
                CustomerEvents.registered(customerId, "Katsottu", "katsottu@example.invalid"), "staff", LegalBasis.CONTRACT);
        awaitProjected(customerId, last);
        JsonNode before = replay();

        http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId, String.class);
        http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId + "/bookings", String.class);
        JsonNode after = replay();

        assertThat(after.path("replayedEvents").asLong()).isEqualTo(before.path("replayedEvents").asLong() + 2);
        assertThat(after.path("subjects").asLong()).isEqualTo(before.path("subjects").asLong());
        assertThat(after.path("findings")).isEqualTo(before.path("findings"));
        assertThat(after.path("checks")).isEqualTo(before.path("checks"));
    }

    private JsonNode replay() throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("dpo", "dpo").postForEntity("/api/compliance/replay", null, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<JsonNode> findingsOf(JsonNode report, UUID customerId) {
        return list(report.path("findings")).stream()
                .filter(finding -> finding.path("customerId").asText().equals(customerId.toString()))
                .toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static ConsentGivenEvent healthDataConsent(UUID customerId, UUID consentId) {
        return new ConsentGivenEvent(customerId, consentId, ConsentPurpose.HEALTH_DATA, null, null, null,
                EvidenceMethod.WRITTEN,
                "paper form 7", "2026-01", CustomerEvents.REGISTERED_AT.plusSeconds(60));
    }

    private static InterviewRecordedEvent interview(UUID customerId) {
        return new InterviewRecordedEvent(customerId, UUID.randomUUID(), "huono uni", "rauhallinen", Set.of("NEUROSONIC_TREATMENT"),
                null, CustomerEvents.REGISTERED_AT.plusSeconds(120));
    }

    private static CustomerRegisteredEvent registeredAt(UUID customerId, Instant at) {
        return new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Testi", "Vanha", null, null, null, null,
                "vanha@example.invalid", null, "NEUROSONIC_TREATMENT", "fi", at);
    }

    private void awaitProjected(UUID customerId, long sequence) {
        await().atMost(Duration.ofSeconds(30)).until(() -> projections.getCollection("customers")
                .find(and(eq("_id", customerId.toString()), gte("lastSequence", sequence))).first() != null);
    }

}
