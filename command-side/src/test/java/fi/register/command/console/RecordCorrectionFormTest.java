package fi.register.command.console;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.interview.InterviewField;
import fi.register.events.interview.InterviewRectifiedEvent;
import fi.register.events.order.DeliveryAddressRectifiedEvent;
import fi.register.events.recommendation.FeedbackField;
import fi.register.events.recommendation.ProgramFeedbackRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendationRectifiedEvent;
import fi.register.events.recommendation.RecommendationField;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The console's forms correcting an interview, an order's delivery address, a program recommendation and feedback, as
 * the query side draws them prefilled from the card and the browser posts them here: only what staff changed goes into
 * the API's merge patch and command; a refusal comes back next to its field (or above the form) and stores nothing;
 * staff only.
 */
class RecordCorrectionFormTest extends CommandSideHttpTestSupport {

    private String customer;

    private String registered() throws Exception {
        customer = created("staff", json("/api/customers", """
                {"kind":"PERSON","firstName":"Korjaus","lastName":"Lomake","email":"%s",
                 "address":{"street":"Kotikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""".formatted(
                "k" + UUID.randomUUID().toString().substring(0, 8) + "@example.test")), "customerId");
        created("staff", json("/api/customers/" + customer + "/consents", """
                {"purpose":"HEALTH_DATA","evidence":{"method":"WRITTEN","reference":"lomake-1"},"noticeVersion":"2018-05"}"""),
                "consentId");
        return customer;
    }

    private String interview() throws Exception {
        return created("staff", json("/api/customers/" + registered() + "/interviews",
                "{\"challenges\":\"Stressi\",\"programPreferences\":\"Kevyt\",\"services\":[\"NEUROSONIC_TREATMENT\"]}"),
                "interviewId");
    }

    private String order() throws Exception {
        return created("staff", json("/api/customers/" + registered() + "/orders", """
                {"product":"EMFIT_MONITOR","terms":"RENTAL","deliveryAddress":{"street":"Vanhatie 1",
                 "postalCode":"00100","city":"Helsinki","country":"FI"}}"""), "orderId");
    }

    private String recommendation() throws Exception {
        return created("staff", json("/api/customers/" + registered() + "/recommendations",
                "{\"program\":\"Syvärentoutus 2\",\"intensity\":\"kevyt\",\"durationMinutes\":30,\"rationale\":\"Uni\"}"),
                "recommendationId");
    }

    private String feedback() throws Exception {
        return created("staff", json("/api/customers/" + registered() + "/feedback",
                "{\"program\":\"Syvärentoutus 2\",\"effect\":\"Uni parani\",\"rating\":4}"), "feedbackId");
    }

    private static MockHttpServletRequestBuilder json(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** A form as the query side draws it: every value now equal to its value on record. */
    private static Map<String, String> asDrawn(Map<String, String> onRecord) {
        Map<String, String> form = new LinkedHashMap<>(onRecord);
        onRecord.forEach((field, value) -> form.put("was." + field, value));
        return form;
    }

    private static Map<String, String> interviewAsDrawn() {
        return asDrawn(Map.of("challenges", "Stressi", "programPreferences", "Kevyt", "dateOfBirth", ""));
    }

    private static Map<String, String> addressAsDrawn() {
        return asDrawn(Map.of("street", "Vanhatie 1", "postalCode", "00100", "city", "Helsinki", "country", "FI"));
    }

    private static Map<String, String> recommendationAsDrawn() {
        return asDrawn(Map.of("program", "Syvärentoutus 2", "intensity", "kevyt", "durationMinutes", "30",
                "rationale", "Uni"));
    }

    private static Map<String, String> feedbackAsDrawn() {
        return asDrawn(Map.of("program", "Syvärentoutus 2", "effect", "Uni parani", "rating", "4"));
    }

    private String recommendationForm(String recommendationId) {
        return "/console/forms/customers/" + customer + "/recommendations/" + recommendationId;
    }

    private String feedbackForm(String feedbackId) {
        return "/console/forms/customers/" + customer + "/feedback/" + feedbackId;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(field, value);
        return changed;
    }

    private MvcResult posted(String path, Map<String, String> form, String role) throws Exception {
        MockHttpServletRequestBuilder request = post(path).param("services", "NEUROSONIC_TREATMENT");
        form.forEach(request::param);
        return mvc.perform(request.cookie(new Cookie("register-lang", "en")).with(user(role).roles(role.toUpperCase()))
                .with(csrf())).andReturn();
    }

    private String interviewForm(String interviewId) {
        return "/console/forms/customers/" + customer + "/interviews/" + interviewId;
    }

    private String addressForm(String orderId) {
        return "/console/forms/customers/" + customer + "/orders/" + orderId;
    }

    private Object lastEvent() {
        return eventStore.readEvents(customer).asStream().reduce((first, second) -> second).orElseThrow().getPayload();
    }

    private String refused(String path, Map<String, String> form) throws Exception {
        long before = storedEvents();
        MvcResult answer = posted(path, form, "staff");
        assertThat(answer.getResponse().getStatus()).isEqualTo(422);
        assertThat(storedEvents()).as("a refused form stores nothing").isEqualTo(before);
        return answer.getResponse().getContentAsString();
    }

    private static String refusalNextTo(String page, String field) {
        String marker = "id=\"" + field + "-error\" class=\"error\"";
        int at = page.indexOf(marker);
        if (at < 0) {
            return null;
        }
        int text = page.indexOf('>', at) + 1;
        return HtmlUtils.htmlUnescape(page.substring(text, page.indexOf('<', text)));
    }

    @Test
    void correctsAnInterview_OnlyTheFieldsStaffChanged_ClearingAnEmptiedPreference_AndSendsTheBrowserToTheCard() throws Exception {
        String interviewId = interview();

        MvcResult answer = posted(interviewForm(interviewId),
                with(with(interviewAsDrawn(), "challenges", "Uupumus"), "programPreferences", ""), "staff");

        assertThat(answer.getResponse().getStatus()).isEqualTo(303);
        assertThat(answer.getResponse().getHeader("Location")).isEqualTo("/console/customers/" + customer);
        InterviewRectifiedEvent corrected = (InterviewRectifiedEvent) lastEvent();
        assertThat(corrected.rectifiedFields())
                .isEqualTo(Set.of(InterviewField.CHALLENGES, InterviewField.PROGRAM_PREFERENCES));
        assertThat(corrected.challenges()).isEqualTo("Uupumus");
        assertThat(corrected.programPreferences()).isNull();
    }

    @Test
    void rejects_WhenTheChallengesAreEmptied_NextToThem_KeepingTheServicesShown() throws Exception {
        String interviewId = interview();
        String page = refused(interviewForm(interviewId), with(interviewAsDrawn(), "challenges", ""));

        assertThat(refusalNextTo(page, "challenges")).startsWith("Describe the challenges");
        assertThat(page).contains("name=\"services\" value=\"NEUROSONIC_TREATMENT\"")
                .contains("hx-post=\"" + interviewForm(interviewId) + "\"");
    }

    @Test
    void rejects_WhenADateOfBirthIsGivenThatNoServiceOfTheInterviewNeeds_NextToIt() throws Exception {
        String page = refused(interviewForm(interview()), with(interviewAsDrawn(), "dateOfBirth", "1980-05-01"));

        assertThat(refusalNextTo(page, "dateOfBirth")).startsWith("None of the services chosen needs the date of birth");
        assertThat(page).contains("value=\"1980-05-01\"");
    }

    @Test
    void rejects_WhenNothingChanged_AboveTheForm() throws Exception {
        assertThat(refusalNextTo(refused(interviewForm(interview()), interviewAsDrawn()), "form"))
                .startsWith("Nothing was changed");
    }

    @Test
    void rejects_WhenACorrectedTextHoldsAPersonalIdentityCode_NextToIt_NeitherStoringNorShowingItBack() throws Exception {
        String page = refused(interviewForm(interview()), with(interviewAsDrawn(), "challenges", "Tunnus 131052-308T"));

        assertThat(refusalNextTo(page, "challenges")).startsWith("This looks like a personal identity code");
        assertThat(page).doesNotContain("131052-308T");
    }

    @Test
    void correctsADeliveryAddress_ReplacedWhole_AndSendsTheBrowserToTheCard() throws Exception {
        String orderId = order();

        MvcResult answer = posted(addressForm(orderId), with(addressAsDrawn(), "street", "Uusitie 2"), "staff");

        assertThat(answer.getResponse().getStatus()).isEqualTo(303);
        assertThat(answer.getResponse().getHeader("Location")).isEqualTo("/console/customers/" + customer);
        DeliveryAddressRectifiedEvent corrected = (DeliveryAddressRectifiedEvent) lastEvent();
        assertThat(corrected.deliveryAddress().street()).isEqualTo("Uusitie 2");
        assertThat(corrected.deliveryAddress().city()).isEqualTo("Helsinki");
    }

    @Test
    void rejects_WhenAPartOfTheDeliveryAddressIsEmptied_NextToIt() throws Exception {
        String page = refused(addressForm(order()), with(addressAsDrawn(), "city", ""));

        assertThat(refusalNextTo(page, "city")).isEqualTo("With an address, give the city.");
        assertThat(page).contains("value=\"Vanhatie 1\"");
    }

    @Test
    void rejects_WhenTheWholeDeliveryAddressIsEmptied_AboveTheForm() throws Exception {
        Map<String, String> emptied = addressAsDrawn();
        for (String part : List.of("street", "postalCode", "city", "country")) {
            emptied = with(emptied, part, "");
        }
        assertThat(refusalNextTo(refused(addressForm(order()), emptied), "form"))
                .startsWith("An order is always delivered somewhere");
    }

    @Test
    void correctsARecommendation_ClearingAnEmptiedRationale_AndSendsTheBrowserToTheCard() throws Exception {
        String recommendationId = recommendation();

        MvcResult answer = posted(recommendationForm(recommendationId),
                with(with(recommendationAsDrawn(), "durationMinutes", "45"), "rationale", ""), "staff");

        assertThat(answer.getResponse().getStatus()).isEqualTo(303);
        ProgramRecommendationRectifiedEvent corrected = (ProgramRecommendationRectifiedEvent) lastEvent();
        assertThat(corrected.rectifiedFields())
                .isEqualTo(Set.of(RecommendationField.DURATION_MINUTES, RecommendationField.RATIONALE));
        assertThat(corrected.durationMinutes()).isEqualTo(45);
        assertThat(corrected.rationale()).isNull();
    }

    @Test
    void rejects_WhenARecommendationsDurationIsNoWholeNumberOfMinutes_NextToIt() throws Exception {
        String page = refused(recommendationForm(recommendation()), with(recommendationAsDrawn(), "durationMinutes", "puoli"));

        assertThat(refusalNextTo(page, "durationMinutes")).isEqualTo("Give the duration as whole minutes, 1–480.");
    }

    @Test
    void correctsFeedback_OnlyTheRatingStaffChanged() throws Exception {
        String feedbackId = feedback();

        assertThat(posted(feedbackForm(feedbackId), with(feedbackAsDrawn(), "rating", "5"), "staff")
                .getResponse().getStatus()).isEqualTo(303);
        ProgramFeedbackRectifiedEvent corrected = (ProgramFeedbackRectifiedEvent) lastEvent();
        assertThat(corrected.rectifiedFields()).isEqualTo(Set.of(FeedbackField.RATING));
        assertThat(corrected.rating()).isEqualTo(5);
    }

    @Test
    void rejects_WhenFeedbacksRatingIsOutOfRange_orItsEffectIsEmptied_NextToEach() throws Exception {
        String feedbackId = feedback();

        assertThat(refusalNextTo(refused(feedbackForm(feedbackId), with(feedbackAsDrawn(), "rating", "7")), "rating"))
                .isEqualTo("Give a rating from 1 to 5.");
        assertThat(refusalNextTo(refused(feedbackForm(feedbackId), with(feedbackAsDrawn(), "effect", "")), "effect"))
                .startsWith("Describe the effect");
    }

    @Test
    void rejects_WhenPostedByAnotherRoleThanStaff() throws Exception {
        String interviewId = interview();
        long before = storedEvents();

        for (String role : List.of("management", "dpo")) {
            assertThat(posted(interviewForm(interviewId), with(interviewAsDrawn(), "challenges", "Uupumus"), role)
                    .getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(posted(addressForm(interviewId), with(addressAsDrawn(), "street", "Uusitie 2"), role)
                    .getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(posted(recommendationForm(interviewId), with(recommendationAsDrawn(), "intensity", "raskas"), role)
                    .getResponse().getStatus()).as(role).isEqualTo(403);
            assertThat(posted(feedbackForm(interviewId), with(feedbackAsDrawn(), "rating", "5"), role)
                    .getResponse().getStatus()).as(role).isEqualTo(403);
        }
        assertThat(storedEvents()).isEqualTo(before);
    }
}
