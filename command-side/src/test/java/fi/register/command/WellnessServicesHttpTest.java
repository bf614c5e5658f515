package fi.register.command;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.events.EventMetadata;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.personal.PersonalData;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.service.ServiceEvent;
import fi.register.events.service.ServiceProvidedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import fi.register.testsupport.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The wellness-service endpoints over HTTP: each one, each refusal (nothing recorded), the roles, the legal bases. */
@Import(WellnessServicesHttpTest.DayBeforeTheBookings.class)
class WellnessServicesHttpTest extends CommandSideHttpTestSupport {

    /** The tests run on the day before the bookings they make: within the horizon, and not yet completable. */
    static final Instant TODAY = Instant.parse("2026-11-30T08:00:00Z");
    static final String FUTURE = "2026-12-01T10:00:00+02:00";

    @TestConfiguration(proxyBeanMethods = false)
    static class DayBeforeTheBookings {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(TODAY);
        }
    }

    @Autowired
    MovableClock clock;

    @BeforeEach
    void today() {
        clock.set(TODAY);
    }



    // --- helpers ---


    static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }




    UUID customer() throws Exception {
        String email = "s" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        return UUID.fromString(created("staff", postJson("/api/customers", """
                {"kind":"PERSON","firstName":"Testi","lastName":"Palvelu",
                 "address":{"street":"Testikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"%s","phone":"+358 40 000 0000","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}
                """.formatted(email)), "customerId"));
    }

    String consent(UUID customerId, String body) throws Exception {
        return created("staff", postJson("/api/customers/" + customerId + "/consents", body), "consentId");
    }

    String healthConsent(UUID customerId) throws Exception {
        return consent(customerId, """
                {"purpose":"HEALTH_DATA","evidence":{"method":"WRITTEN","reference":"lomake-1"},"noticeVersion":"2018-05"}""");
    }

    static String interview(String services, String dateOfBirth) {
        return """
                {"challenges":"Stressi ja univaikeudet","programPreferences":"Kevyt aloitus","services":%s%s}"""
                .formatted(services, dateOfBirth == null ? "" : ",\"dateOfBirth\":\"" + dateOfBirth + "\"");
    }

    List<? extends DomainEventMessage<?>> eventsOf(UUID customerId) {
        return eventStore.readEvents(customerId.toString()).asStream().toList();
    }

    DomainEventMessage<?> last(UUID customerId) {
        List<? extends DomainEventMessage<?>> events = eventsOf(customerId);
        return events.get(events.size() - 1);
    }

    // --- interviews ---

    @Test
    void recordsAnInterviewOnlyWhileTheHealthDataConsentIsInForce() throws Exception {
        UUID id = customer();
        String path = "/api/customers/" + id + "/interviews";
        expectRefused("staff", postJson(path, interview("[\"NEUROSONIC_TREATMENT\"]", null)), 409,
                "health-data-consent-required");

        String consentId = healthConsent(id);
        String interviewId = created("staff", postJson(path, interview("[\"NEUROSONIC_TREATMENT\",\"EMFIT_MONITORING\"]", null)),
                "interviewId");
        DomainEventMessage<?> recorded = last(id);
        assertThat(recorded.getPayload()).isInstanceOfSatisfying(InterviewRecordedEvent.class, event -> {
            assertThat(event.interviewId()).hasToString(interviewId);
            assertThat(event.services()).containsExactlyInAnyOrder("NEUROSONIC_TREATMENT", "EMFIT_MONITORING");
        });
        assertThat(recorded.getMetaData())
                .containsEntry(EventMetadata.LEGAL_BASIS, "CONSENT")
                .containsEntry(EventMetadata.CONSENT_ID, consentId)
                .containsEntry(EventMetadata.ACTOR, "staff");

        as("staff", delete("/api/customers/" + id + "/consents/" + consentId)).andExpect(status().isNoContent());
        expectRefused("staff", postJson(path, interview("[\"NEUROSONIC_TREATMENT\"]", null)), 409,
                "health-data-consent-required");
    }

    @Test
    void takesTheDateOfBirthAsADateOnlyAndOnlyForTheFirstbeatAnalysis() throws Exception {
        UUID id = customer();
        healthConsent(id);
        String path = "/api/customers/" + id + "/interviews";
        expectRefused("staff", postJson(path, interview("[\"FIRSTBEAT_ANALYSIS\"]", null)), 400, "date-of-birth-required");
        expectRefused("staff", postJson(path, interview("[\"NEUROSONIC_TREATMENT\"]", "1970-01-01")), 400,
                "date-of-birth-not-needed");
        for (String notADateOnly : List.of("1970-02-30", "19700101", "1970-01-01T00:00:00", "01.01.1970", "1970-1-1")) {
            expectRefused("staff", postJson(path, interview("[\"FIRSTBEAT_ANALYSIS\"]", notADateOnly)), 400, "invalid-field");
        }
        expectRefused("staff", postJson(path, interview("[\"FIRSTBEAT_ANALYSIS\"]", "2999-01-01")), 400, "invalid-field");
        for (String identityCode : List.of("131052-308T", "010170A123F", "1970-01-01 010170-123B")) {
            MvcResult result = as("staff", postJson(path, interview("[\"FIRSTBEAT_ANALYSIS\"]", identityCode)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:register:problem:personal-identity-code"))
                    .andReturn();
            assertThat(result.getResponse().getContentAsString()).doesNotContain(identityCode);
        }

        created("staff", postJson(path, interview("[\"FIRSTBEAT_ANALYSIS\"]", "1970-01-01")), "interviewId");
        assertThat(((InterviewRecordedEvent) last(id).getPayload()).dateOfBirth()).hasToString("1970-01-01");
    }

    @Test
    void refusesAnInterviewWithAnIdentityCodeUnknownFieldsOrServicesOffTheMenu() throws Exception {
        UUID id = customer();
        healthConsent(id);
        String path = "/api/customers/" + id + "/interviews";
        expectRefused("staff", postJson(path, interview("[\"NEUROSONIC_TREATMENT\"]", null)
                .replace("Stressi", "Stressi (hetu 131052-308T)")), 400, "personal-identity-code");
        expectRefused("staff", postJson(path, interview("[\"YOGA\"]", null)), 400, "unknown-service");
        expectRefused("staff", postJson(path, interview("[]", null)), 400, "invalid-field");
        expectRefused("staff", postJson(path, interview("[\"NEUROSONIC_TREATMENT\"]", null)
                .replace("\"challenges\"", "\"diagnosis\":\"x\",\"challenges\"")), 400, "unknown-property");
        expectRefused("staff", postJson(path, "{\"services\":[\"NEUROSONIC_TREATMENT\"]}"), 400, "invalid-field");
        expectRefused("staff", postJson(path, interview("[\"NEUROSONIC_TREATMENT\"]", null)
                .replace("Stressi ja univaikeudet", "x".repeat(4001))), 400, "invalid-field");
    }

    // --- bookings and service events ---

    @Test
    void booksReschedulesAndCompletesAndRefusesToTouchAClosedBooking() throws Exception {
        UUID id = customer();
        String bookings = "/api/customers/" + id + "/bookings";
        String bookingId = created("staff", postJson(bookings,
                "{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"" + FUTURE + "\",\"channel\":\"PHONE\"}"), "bookingId");
        assertThat(last(id).getMetaData()).containsEntry(EventMetadata.LEGAL_BASIS, "CONTRACT");
        as("staff", put(bookings + "/" + bookingId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"startsAt\":\"2026-12-02T12:30:00+02:00\"}")).andExpect(status().isNoContent());
        // the morning of the booked day, before its time: completable (register.bookings, the same calendar day)
        clock.set(Instant.parse("2026-12-02T06:00:00Z"));
        as("staff", post(bookings + "/" + bookingId + "/completion")).andExpect(status().isNoContent());

        DomainEventMessage<?> completed = last(id);
        assertThat(completed.getPayload()).isInstanceOf(BookingCompletedEvent.class).isInstanceOf(ServiceEvent.class);
        assertThat(((ServiceEvent) completed.getPayload()).customerId()).isEqualTo(id);
        assertThat(completed.getMetaData()).containsEntry(EventMetadata.LEGAL_BASIS, "CONTRACT");

        expectRefused("staff", post(bookings + "/" + bookingId + "/completion"), 409, "booking-closed");
        expectRefused("staff", delete(bookings + "/" + bookingId), 409, "booking-closed");
        expectRefused("staff", post(bookings + "/" + bookingId + "/cancellation"), 409, "booking-closed");
        expectRefused("staff", put(bookings + "/" + bookingId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"startsAt\":\"" + FUTURE + "\"}"), 409, "booking-closed");
    }

    @Test
    void cancelsByDeleteOrByPostingACancellationAndThenRefusesToCompleteIt() throws Exception {
        UUID id = customer();
        String bookings = "/api/customers/" + id + "/bookings";
        String first = created("staff", postJson(bookings,
                "{\"service\":\"FIRSTBEAT_ANALYSIS\",\"startsAt\":\"" + FUTURE + "\",\"channel\":\"BOOKING_SYSTEM\"}"), "bookingId");
        String second = created("staff", postJson(bookings,
                "{\"service\":\"EMFIT_MONITORING\",\"startsAt\":\"" + FUTURE + "\",\"channel\":\"EMAIL\"}"), "bookingId");
        as("staff", delete(bookings + "/" + first)).andExpect(status().isNoContent());
        as("staff", post(bookings + "/" + second + "/cancellation")).andExpect(status().isNoContent());

        expectRefused("staff", post(bookings + "/" + first + "/completion"), 409, "booking-closed");
        expectRefused("staff", put(bookings + "/" + second).contentType(MediaType.APPLICATION_JSON)
                .content("{\"startsAt\":\"" + FUTURE + "\"}"), 409, "booking-closed");
        expectRefused("staff", post(bookings + "/" + UUID.randomUUID() + "/completion"), 404, "booking-not-found");
    }

    @Test
    void refusesBookingsInThePastWithoutAnOffsetOffTheMenuOrForNobody() throws Exception {
        UUID id = customer();
        String bookings = "/api/customers/" + id + "/bookings";
        expectRefused("staff", postJson(bookings,
                "{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"2001-01-01T10:00:00+02:00\",\"channel\":\"PHONE\"}"),
                400, "booking-in-the-past");
        expectRefused("staff", postJson(bookings,
                "{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"2099-12-01T10:00:00\",\"channel\":\"PHONE\"}"),
                400, "invalid-field");
        expectRefused("staff", postJson(bookings,
                "{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"" + FUTURE + "\",\"channel\":\"CARRIER_PIGEON\"}"),
                400, "invalid-field");
        expectRefused("staff", postJson(bookings,
                "{\"service\":\"YOGA\",\"startsAt\":\"" + FUTURE + "\",\"channel\":\"PHONE\"}"), 400, "unknown-service");
        expectRefused("staff", postJson("/api/customers/" + UUID.randomUUID() + "/bookings",
                "{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"" + FUTURE + "\",\"channel\":\"PHONE\"}"),
                404, "subject-not-found");
    }

    @Test
    void recordsAServiceEventWithoutABooking() throws Exception {
        UUID id = customer();
        String path = "/api/customers/" + id + "/service-events";
        created("staff", postJson(path, "{\"service\":\"EMFIT_MONITORING\",\"kind\":\"MONITORING_PERIOD_ENDED\"}"),
                "serviceEventId");
        assertThat(last(id).getPayload()).isInstanceOf(ServiceProvidedEvent.class).isInstanceOf(ServiceEvent.class);
        expectRefused("staff", postJson(path, "{\"service\":\"EMFIT_MONITORING\",\"kind\":\"PARTY\"}"), 400, "invalid-field");
        expectRefused("staff", postJson(path, "{\"service\":\"YOGA\",\"kind\":\"TREATMENT_GIVEN\"}"), 400, "unknown-service");
        // a purchased device is handed over; no treatment is given under a purchase
        expectRefused("staff", postJson(path, "{\"service\":\"NEUROSONIC_PURCHASE\",\"kind\":\"TREATMENT_GIVEN\"}"),
                400, "kind-not-for-service");
    }

    // --- orders and disclosures ---

    static String order(String product) {
        return """
                {"product":"%s","terms":"SALE","deliveryAddress":{"street":"Toimitustie 5","postalCode":"00700",
                 "city":"Helsinki","country":"FI"}}""".formatted(product);
    }

    @Test
    void aNeurosonicDeviceOrderRecordsItsConfirmationToNeurosonicWithExactlyTheDeliveryFields() throws Exception {
        UUID id = customer();
        healthConsent(id);
        String orderId = created("staff", postJson("/api/customers/" + id + "/orders", order("NEUROSONIC_DEVICE")), "orderId");

        List<? extends DomainEventMessage<?>> events = eventsOf(id);
        DomainEventMessage<?> placed = events.get(events.size() - 2);
        DomainEventMessage<?> disclosed = events.get(events.size() - 1);
        assertThat(placed.getPayload()).isInstanceOf(OrderPlacedEvent.class);
        assertThat(disclosed.getPayload()).isInstanceOfSatisfying(PersonalDataDisclosedEvent.class, event -> {
            assertThat(event.namedParty()).isEqualTo("NEUROSONIC");
            assertThat(event.recipient()).isNull();
            assertThat(event.orderId()).hasToString(orderId);
            assertThat(event.fields()).extracting(Enum::name).containsExactlyInAnyOrder(
                    "NAME", "DELIVERY_ADDRESS", "DELIVERY_CONTACT", "PRODUCT", "ORDER_REFERENCE");
        });
        assertThat(disclosed.getMetaData()).containsEntry(EventMetadata.LEGAL_BASIS, "CONTRACT");

        long before = storedEvents();
        created("staff", postJson("/api/customers/" + id + "/orders", order("EMFIT_MONITOR")), "orderId");
        assertThat(storedEvents()).as("an Emfit monitor order discloses nothing").isEqualTo(before + 1);
    }

    @Test
    void refusesAnOrderWithoutAValidDeliveryAddressOrProduct() throws Exception {
        UUID id = customer();
        String path = "/api/customers/" + id + "/orders";
        expectRefused("staff", postJson(path, "{\"product\":\"NEUROSONIC_DEVICE\",\"terms\":\"SALE\"}"), 400, "invalid-field");
        expectRefused("staff", postJson(path, order("NEUROSONIC_DEVICE").replace("00700", "!")), 400, "invalid-field");
        expectRefused("staff", postJson(path, order("TIME_MACHINE")), 400, "invalid-field");
        expectRefused("staff", postJson(path, order("NEUROSONIC_DEVICE").replace("SALE", "GIFT")), 400, "invalid-field");
        expectRefused("staff", postJson(path, order("NEUROSONIC_DEVICE").replace("Toimitustie 5", "Toimitustie 5 131052-308T")),
                400, "personal-identity-code");
    }

    @Test
    void refusesADisclosureToAnUnnamedRecipientUntilItsWrittenConsentIsInForce() throws Exception {
        UUID id = customer();
        String path = "/api/customers/" + id + "/disclosures";
        String body = "{\"recipient\":\"Esimerkki Oy\",\"fields\":[\"NAME\",\"EMAIL\"]}";
        expectRefused("staff", postJson(path, body), 409, "disclosure-consent-required");

        String consentId = consent(id, """
                {"purpose":"DISCLOSURE","recipient":"Esimerkki Oy","evidence":{"method":"WRITTEN","reference":"kirje-7"},
                 "noticeVersion":"2018-05"}""");
        created("staff", postJson(path, body), "disclosureId");
        assertThat(last(id).getMetaData())
                .containsEntry(EventMetadata.LEGAL_BASIS, "CONSENT")
                .containsEntry(EventMetadata.CONSENT_ID, consentId);

        as("staff", delete("/api/customers/" + id + "/consents/" + consentId)).andExpect(status().isNoContent());
        expectRefused("staff", postJson(path, body), 409, "disclosure-consent-required");
    }

    @Test
    void discloseToANamedPartyOnlyWhatItsRoleNeedsAndNeverOrderFieldsOrUnknownFields() throws Exception {
        UUID id = customer();
        String path = "/api/customers/" + id + "/disclosures";
        // Emfit works only for the customers of its sleep monitoring (register.named-parties.services)
        expectRefused("staff", postJson(path, "{\"recipient\":\"Emfit Oy\",\"fields\":[\"NAME\"]}"), 409,
                "disclosure-consent-required");
        created("staff", postJson("/api/customers/" + id + "/bookings",
                "{\"service\":\"EMFIT_MONITORING\",\"startsAt\":\"" + FUTURE + "\",\"channel\":\"PHONE\"}"), "bookingId");
        created("staff", postJson(path, "{\"recipient\":\"Emfit Oy\",\"fields\":[\"NAME\",\"ADDRESS\"]}"), "disclosureId");
        assertThat(last(id).getMetaData()).containsEntry(EventMetadata.LEGAL_BASIS, "CONTRACT");
        expectRefused("staff", postJson(path, "{\"recipient\":\"Emfit Oy\",\"fields\":[\"BILLING\"]}"), 409,
                "disclosure-consent-required");
        expectRefused("staff", postJson(path, "{\"recipient\":\"Neurosonic Finland Oy\",\"fields\":[\"NAME\"]}"), 409,
                "disclosure-consent-required");
        expectRefused("staff", postJson(path, "{\"recipient\":\"Emfit Oy\",\"fields\":[\"DELIVERY_ADDRESS\"]}"), 400,
                "field-not-disclosable");
        expectRefused("staff", postJson(path, "{\"recipient\":\"Emfit Oy\",\"fields\":[\"INTERVIEW\"]}"), 400, "invalid-field");
        expectRefused("staff", postJson(path, "{\"recipient\":\"Emfit Oy\",\"fields\":[]}"), 400, "invalid-field");
    }

    // --- programs ---

    @Test
    void recommendsProgramsAndRecordsFeedbackOnlyOnTheHealthDataConsent() throws Exception {
        UUID id = customer();
        String recommendation =
                "{\"program\":\"Syvärentoutus 2\",\"intensity\":\"kevyt\",\"durationMinutes\":30,\"rationale\":\"Uni ja stressi\"}";
        expectRefused("staff", postJson("/api/customers/" + id + "/recommendations", recommendation), 409,
                "health-data-consent-required");
        String feedback = "{\"program\":\"Syvärentoutus 2\",\"effect\":\"Uni parani\",\"rating\":4}";
        expectRefused("staff", postJson("/api/customers/" + id + "/feedback", feedback), 409, "health-data-consent-required");
        String consentId = healthConsent(id);

        created("staff", postJson("/api/customers/" + id + "/recommendations", recommendation), "recommendationId");
        assertThat(last(id).getMetaData()).containsEntry(EventMetadata.LEGAL_BASIS, "CONSENT")
                .containsEntry(EventMetadata.CONSENT_ID, consentId);
        expectRefused("staff", postJson("/api/customers/" + id + "/recommendations",
                "{\"program\":\"Syvärentoutus 2\",\"intensity\":\"kevyt\",\"durationMinutes\":0}"), 400, "invalid-field");
        created("staff", postJson("/api/customers/" + id + "/feedback", feedback), "feedbackId");
        assertThat(last(id).getPayload()).isInstanceOf(ProgramFeedbackRecordedEvent.class);
        assertThat(last(id).getMetaData()).containsEntry(EventMetadata.CONSENT_ID, consentId);
        expectRefused("staff", postJson("/api/customers/" + id + "/feedback", feedback.replace("4", "6")), 400, "invalid-field");
        expectRefused("staff", postJson("/api/customers/" + id + "/feedback", feedback.replace(",\"rating\":4", "")),
                400, "invalid-field");
    }

    @Test
    void rejects_WhenANumberIsNotWhole_OrIsText_AndNothingIsRecorded() throws Exception {
        UUID id = customer();
        healthConsent(id);
        String feedback = "{\"program\":\"Syvärentoutus 2\",\"effect\":\"Uni parani\",\"rating\":%s}";
        for (String rating : List.of("3.5", "\"3\"", "true", "3e0")) {
            expectRefused("staff", postJson("/api/customers/" + id + "/feedback", feedback.formatted(rating)), 400,
                    "invalid-field");
        }
        String recommendation = "{\"program\":\"Syvärentoutus 2\",\"intensity\":\"kevyt\",\"durationMinutes\":%s}";
        for (String minutes : List.of("3.7", "\"30\"")) {
            expectRefused("staff", postJson("/api/customers/" + id + "/recommendations",
                    recommendation.formatted(minutes)), 400, "invalid-field");
        }
    }

    @Test
    void rejects_WhenTheDateOfBirthIsBeforeAnyLivingCustomer() throws Exception {
        UUID id = customer();
        healthConsent(id);
        String path = "/api/customers/" + id + "/interviews";
        for (String implausible : List.of("0000-01-01", "1852-05-01", "1899-12-31")) {
            expectRefused("staff", postJson(path, interview("[\"FIRSTBEAT_ANALYSIS\"]", implausible)), 400,
                    "invalid-field");
        }
        created("staff", postJson(path, interview("[\"FIRSTBEAT_ANALYSIS\"]", "1900-01-01")), "interviewId");
    }

    // --- roles and erasure ---

    @Test
    void onlyStaffRecordWellnessServices() throws Exception {
        UUID id = customer();
        String base = "/api/customers/" + id;
        UUID any = UUID.randomUUID();
        List<MockHttpServletRequestBuilder> requests = List.of(
                postJson(base + "/interviews", interview("[\"NEUROSONIC_TREATMENT\"]", null)),
                postJson(base + "/bookings", "{}"),
                put(base + "/bookings/" + any).contentType(MediaType.APPLICATION_JSON).content("{}"),
                delete(base + "/bookings/" + any),
                post(base + "/bookings/" + any + "/cancellation"),
                post(base + "/bookings/" + any + "/completion"),
                postJson(base + "/service-events", "{}"),
                postJson(base + "/orders", "{}"),
                postJson(base + "/disclosures", "{}"),
                postJson(base + "/recommendations", "{}"),
                postJson(base + "/feedback", "{}"));
        for (String user : List.of("dpo", "management")) {
            for (MockHttpServletRequestBuilder request : requests) {
                expectRefused(user, request, 403, "forbidden");
            }
        }
    }

    @Test
    void afterErasureEveryServiceCommandIsRefusedAndTheStoredHealthDataReadsAsErased() throws Exception {
        UUID id = customer();
        String consentId = healthConsent(id);
        created("staff", postJson("/api/customers/" + id + "/interviews", interview("[\"FIRSTBEAT_ANALYSIS\"]", "1970-01-01")),
                "interviewId");
        created("staff", postJson("/api/customers/" + id + "/feedback",
                "{\"program\":\"Syvärentoutus 2\",\"effect\":\"Uni parani\",\"rating\":4}"), "feedbackId");
        String booking = created("staff", postJson("/api/customers/" + id + "/bookings",
                "{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"" + FUTURE + "\",\"channel\":\"PHONE\"}"), "bookingId");
        as("dpo", post("/api/customers/" + id + "/erasure")).andExpect(status().isNoContent());

        // every command about a subject, each with a body that was accepted before the erasure
        String base = "/api/customers/" + id;
        List<MockHttpServletRequestBuilder> everyCommand = List.of(
                put(base).contentType(MediaType.APPLICATION_JSON).content("{\"lastName\":\"Uusi\"}"),
                postJson(base + "/consents", """
                        {"purpose":"MARKETING","channel":"EMAIL","evidence":{"method":"WRITTEN","reference":"lomake-2"},
                         "noticeVersion":"2018-05"}"""),
                delete(base + "/consents/" + consentId),
                postJson(base + "/interviews", interview("[\"NEUROSONIC_TREATMENT\"]", null)),
                postJson(base + "/bookings",
                        "{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"" + FUTURE + "\",\"channel\":\"PHONE\"}"),
                put(base + "/bookings/" + booking).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startsAt\":\"" + FUTURE.replace("10:00", "11:00") + "\"}"),
                delete(base + "/bookings/" + booking),
                post(base + "/bookings/" + booking + "/cancellation"),
                post(base + "/bookings/" + booking + "/completion"),
                postJson(base + "/service-events", "{\"service\":\"EMFIT_MONITORING\",\"kind\":\"MONITORING_PERIOD_ENDED\"}"),
                postJson(base + "/orders", order("NEUROSONIC_DEVICE")),
                postJson(base + "/disclosures", "{\"recipient\":\"Emfit Oy\",\"fields\":[\"NAME\"]}"),
                postJson(base + "/recommendations",
                        "{\"program\":\"Syvärentoutus 2\",\"intensity\":\"kevyt\",\"durationMinutes\":30,\"rationale\":\"Aloitus\"}"),
                postJson(base + "/feedback", "{\"program\":\"Syvärentoutus 2\",\"effect\":\"Uni parani\",\"rating\":4}"));
        for (MockHttpServletRequestBuilder command : everyCommand) {
            expectRefused("staff", command, 410, "subject-erased");
        }
        expectRefused("dpo", post(base + "/erasure"), 410, "subject-erased");
        JsonNode interview = eventsOf(id).stream().filter(e -> e.getPayload() instanceof InterviewRecordedEvent)
                .map(e -> objectMapper.<JsonNode>valueToTree(e.getPayload())).findFirst().orElseThrow();
        assertThat(interview.get("challenges").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(interview.get("programPreferences").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(interview.get("dateOfBirth").isNull()).isTrue();
        assertThat(interview.get("services").get(0).asText()).isEqualTo("FIRSTBEAT_ANALYSIS");
        ProgramFeedbackRecordedEvent feedback = eventsOf(id).stream().map(DomainEventMessage::getPayload)
                .filter(ProgramFeedbackRecordedEvent.class::isInstance).map(ProgramFeedbackRecordedEvent.class::cast)
                .findFirst().orElseThrow();
        assertThat(feedback.effect()).isEqualTo(PersonalData.ERASED);
        assertThat(feedback.rating()).isNull();
    }

    @Test
    void publishesTheNewEndpointsInItsOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs/command-side")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/customers/{customerId}/interviews']").exists())
                .andExpect(jsonPath("$.paths['/api/customers/{customerId}/bookings/{bookingId}/completion']").exists())
                .andExpect(jsonPath("$.paths['/api/customers/{customerId}/service-events']").exists())
                .andExpect(jsonPath("$.paths['/api/customers/{customerId}/orders']").exists())
                .andExpect(jsonPath("$.paths['/api/customers/{customerId}/disclosures']").exists())
                .andExpect(jsonPath("$.paths['/api/customers/{customerId}/feedback']").exists());
    }
}
