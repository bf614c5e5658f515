package fi.register.command;

import fi.register.events.EventMetadata;
import fi.register.events.interview.InterviewField;
import fi.register.events.interview.InterviewRectifiedEvent;
import fi.register.events.order.DeliveryAddressRectifiedEvent;
import fi.register.events.recommendation.FeedbackField;
import fi.register.events.recommendation.ProgramFeedbackRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendationRectifiedEvent;
import fi.register.events.recommendation.RecommendationField;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rectification of interviews, program recommendations, feedback and delivery addresses over HTTP, as JSON Merge
 * Patches (issue 12): what is corrected and cleared, what is refused and that nothing is recorded then, the attacker's
 * inputs (an identity code in a corrected text, unknown members, wrong types, oversize values), and the roles.
 */
class RecordRectificationHttpTest extends CommandSideHttpTestSupport {

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");
    private static final String ADDRESS = """
            {"street":"Uusitie 7","postalCode":"02100","city":"Espoo","country":"FI"}""";

    private static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder mergePatch(String path, String body) {
        return patch(path).contentType(MERGE_PATCH).content(body);
    }

    private UUID customer() throws Exception {
        String email = "r" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        return UUID.fromString(created("staff", postJson("/api/customers", """
                {"kind":"PERSON","firstName":"Testi","lastName":"Korjaus",
                 "address":{"street":"Testikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"%s","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""".formatted(email)),
                "customerId"));
    }

    private String healthConsent(UUID customerId) throws Exception {
        return created("staff", postJson("/api/customers/" + customerId + "/consents", """
                {"purpose":"HEALTH_DATA","evidence":{"method":"WRITTEN","reference":"lomake-1"},"noticeVersion":"2018-05"}"""),
                "consentId");
    }

    private String interview(UUID customerId) throws Exception {
        return "/api/customers/" + customerId + "/interviews/" + created("staff", postJson(
                "/api/customers/" + customerId + "/interviews",
                "{\"challenges\":\"Stressi\",\"programPreferences\":\"Kevyt\",\"services\":[\"NEUROSONIC_TREATMENT\"]}"),
                "interviewId");
    }

    private DomainEventMessage<?> last(UUID customerId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(customerId.toString()).asStream().toList();
        return events.get(events.size() - 1);
    }

    @Test
    void correctsAnInterview_ClearingItsPreferences_OnTheHealthDataConsent() throws Exception {
        UUID id = customer();
        String consentId = healthConsent(id);
        String path = interview(id);

        as("staff", mergePatch(path, "{\"challenges\":\"Uupumus\",\"programPreferences\":null}"))
                .andExpect(status().isNoContent());

        DomainEventMessage<?> rectified = last(id);
        assertThat(rectified.getPayload()).isInstanceOfSatisfying(InterviewRectifiedEvent.class, event -> {
            assertThat(event.rectifiedFields()).containsExactlyInAnyOrder(InterviewField.CHALLENGES,
                    InterviewField.PROGRAM_PREFERENCES);
            assertThat(event.challenges()).isEqualTo("Uupumus");
            assertThat(event.programPreferences()).isNull();
        });
        assertThat(rectified.getMetaData()).containsEntry(EventMetadata.LEGAL_BASIS, "CONSENT")
                .containsEntry(EventMetadata.CONSENT_ID, consentId);
    }

    @Test
    void refusesAnInterviewsCorrection_ThatClearsTheChallenges_NamesNothing_OrFollowsTheConsentsWithdrawal()
            throws Exception {
        UUID id = customer();
        String consentId = healthConsent(id);
        String path = interview(id);
        long before = storedEvents();

        expectRefused("staff", mergePatch(path, "{\"challenges\":null}"), 400, "invalid-field");
        as("staff", mergePatch(path, "{\"challenges\":null}"))
                .andExpect(jsonPath("$.detail").value(containsString("Fix these fields: challenges: ")));
        expectRefused("staff", mergePatch(path, "{}"), 400, "nothing-to-rectify");
        expectRefused("staff", mergePatch(path, "{\"dateOfBirth\":\"1970-01-01\"}"), 400, "date-of-birth-not-needed");
        expectRefused("staff", mergePatch("/api/customers/" + id + "/interviews/" + UUID.randomUUID(),
                "{\"challenges\":\"Uupumus\"}"), 404, "interview-not-found");
        assertThat(storedEvents()).isEqualTo(before);

        as("staff", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/customers/" + id + "/consents/" + consentId)).andExpect(status().isNoContent());
        expectRefused("staff", mergePatch(path, "{\"challenges\":\"Uupumus\"}"), 409, "health-data-consent-required");
    }

    @Test
    void correctsARecommendationAndFeedback_AndRefusesClearingWhatTheyRequire() throws Exception {
        UUID id = customer();
        healthConsent(id);
        String recommendation = "/api/customers/" + id + "/recommendations/" + created("staff", postJson(
                "/api/customers/" + id + "/recommendations",
                "{\"program\":\"Syvärentoutus 2\",\"intensity\":\"kevyt\",\"durationMinutes\":30,\"rationale\":\"Uni\"}"),
                "recommendationId");
        String feedback = "/api/customers/" + id + "/feedback/" + created("staff", postJson(
                "/api/customers/" + id + "/feedback",
                "{\"program\":\"Syvärentoutus 2\",\"effect\":\"Uni parani\",\"rating\":4}"), "feedbackId");

        as("staff", mergePatch(recommendation, "{\"durationMinutes\":45,\"rationale\":null}"))
                .andExpect(status().isNoContent());
        assertThat(last(id).getPayload()).isInstanceOfSatisfying(ProgramRecommendationRectifiedEvent.class, event ->
                assertThat(event.rectifiedFields()).containsExactlyInAnyOrder(RecommendationField.DURATION_MINUTES,
                        RecommendationField.RATIONALE));
        as("staff", mergePatch(feedback, "{\"rating\":2}")).andExpect(status().isNoContent());
        assertThat(last(id).getPayload()).isInstanceOfSatisfying(ProgramFeedbackRectifiedEvent.class, event -> {
            assertThat(event.rectifiedFields()).containsExactly(FeedbackField.RATING);
            assertThat(event.rating()).isEqualTo(2);
        });

        long before = storedEvents();
        as("staff", mergePatch(recommendation, "{\"program\":null,\"intensity\":null}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("program: ")))
                .andExpect(jsonPath("$.detail").value(containsString("intensity: ")));
        expectRefused("staff", mergePatch(feedback, "{\"rating\":null}"), 400, "invalid-field");
        for (String wrong : List.of("\"2\"", "2.5", "true", "6")) {
            expectRefused("staff", mergePatch(feedback, "{\"rating\":" + wrong + "}"), 400, "invalid-field");
        }
        expectRefused("staff", mergePatch(recommendation, "{\"durationMinutes\":\"45\"}"), 400, "invalid-field");
        expectRefused("staff", mergePatch("/api/customers/" + id + "/feedback/" + UUID.randomUUID(), "{\"rating\":3}"),
                404, "feedback-not-found");
        expectRefused("staff", mergePatch("/api/customers/" + id + "/recommendations/" + UUID.randomUUID(),
                "{\"rating\":3}"), 400, "unknown-property");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void correctsADeliveryAddress_ReplacedWhole_AndRefusesClearingIt() throws Exception {
        UUID id = customer();
        String order = "/api/customers/" + id + "/orders/" + created("staff", postJson("/api/customers/" + id + "/orders",
                "{\"product\":\"EMFIT_MONITOR\",\"terms\":\"RENTAL\",\"deliveryAddress\":" + ADDRESS.replace("Uusitie 7",
                        "Vanhatie 1") + "}"), "orderId");

        as("staff", mergePatch(order, "{\"deliveryAddress\":" + ADDRESS + "}")).andExpect(status().isNoContent());
        DomainEventMessage<?> rectified = last(id);
        assertThat(rectified.getPayload()).isInstanceOfSatisfying(DeliveryAddressRectifiedEvent.class, event ->
                assertThat(event.deliveryAddress().street()).isEqualTo("Uusitie 7"));
        assertThat(rectified.getMetaData()).containsEntry(EventMetadata.LEGAL_BASIS, "LEGAL_OBLIGATION");

        long before = storedEvents();
        as("staff", mergePatch(order, "{\"deliveryAddress\":null}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Fix these fields: deliveryAddress: ")));
        expectRefused("staff", mergePatch(order, "{}"), 400, "nothing-to-rectify");
        expectRefused("staff", mergePatch(order, "{\"deliveryAddress\":{\"city\":\"Espoo\"}}"), 400, "invalid-field");
        expectRefused("staff", mergePatch(order, "{\"product\":\"NEUROSONIC_DEVICE\"}"), 400, "unknown-property");
        expectRefused("staff", mergePatch("/api/customers/" + id + "/orders/" + UUID.randomUUID(),
                "{\"deliveryAddress\":" + ADDRESS + "}"), 404, "order-not-found");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void refusesAnAttackersCorrections_WithoutEchoingThemOrRecordingAnything() throws Exception {
        UUID id = customer();
        healthConsent(id);
        String path = interview(id);
        long before = storedEvents();

        as("staff", mergePatch(path, "{\"challenges\":\"Henkilötunnus 131052-308T\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:register:problem:personal-identity-code"))
                .andExpect(content().string(not(containsString("131052"))));
        expectRefused("staff", mergePatch(path, "{\"services\":[\"FIRSTBEAT_ANALYSIS\"]}"), 400, "unknown-property");
        expectRefused("staff", mergePatch(path, "{\"challenges\":{\"text\":\"x\"}}"), 400, "invalid-field");
        expectRefused("staff", mergePatch(path, "{\"challenges\":[\"a\"]}"), 400, "invalid-field");
        expectRefused("staff", mergePatch(path, "{\"challenges\":\"" + "x".repeat(4001) + "\"}"), 400, "invalid-field");
        expectRefused("staff", mergePatch(path, "{\"challenges\":\"   \"}"), 400, "invalid-field");
        expectRefused("staff", mergePatch(path, "{\"dateOfBirth\":\"1970-01-01T00:00\"}"), 400, "invalid-field");
        expectRefused("staff", mergePatch(path, "[{\"op\":\"replace\",\"path\":\"/challenges\",\"value\":\"x\"}]"), 400,
                "malformed-body");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void refusesACorrectionFromARoleThatMayNotRectify() throws Exception {
        UUID id = customer();
        healthConsent(id);
        String path = interview(id);
        as("management", mergePatch(path, "{\"challenges\":\"Uupumus\"}")).andExpect(status().isForbidden());
        as("dpo", mergePatch(path, "{\"challenges\":\"Uupumus\"}")).andExpect(status().isForbidden());
    }
}
