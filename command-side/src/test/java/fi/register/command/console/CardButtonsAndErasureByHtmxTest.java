package fi.register.command.console;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The card's buttons (withdraw a consent, cancel or complete a booking) and the officer's buttons (erase, answer a
 * subject request), posted by
 * htmx: accepted, the browser is sent to the card by {@code HX-Redirect}; refused, the answer is the refusal alone,
 * for the button's form to swap in beside the button while the card stays; another role's click reloads the page into
 * the refusal it would meet without script. Without script the same posts answer as before (their own tests).
 */
class CardButtonsAndErasureByHtmxTest extends CommandSideHttpTestSupport {

    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Nappi","lastName":"Kortilla","phone":"+358 40 000 0701",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";
    private static final String MARKETING_BY_SMS = """
            {"purpose":"MARKETING","channel":"SMS","evidence":{"method":"ELECTRONIC","reference":"lomake 7"},
             "noticeVersion":"2018-05"}""";

    @Autowired
    Clock clock;

    private String registered() throws Exception {
        return created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON).content(CUSTOMER), "customerId");
    }

    private <T> T last(String customerId, Class<T> type) {
        return type.cast(eventStore.readEvents(customerId).asStream().reduce((first, second) -> second).orElseThrow()
                .getPayload());
    }

    private String consentGiven(String customerId) throws Exception {
        created("staff", post("/api/customers/" + customerId + "/consents").contentType(MediaType.APPLICATION_JSON)
                .content(MARKETING_BY_SMS), "consentId");
        return last(customerId, ConsentGivenEvent.class).consentId().toString();
    }

    private String booked(String customerId) throws Exception {
        String aWeekAhead = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Europe/Helsinki")).plusDays(7).withHour(10)
                .truncatedTo(ChronoUnit.HOURS).toString();
        byHtmx("staff", post("/console/forms/customers/" + customerId + "/bookings").param("service", "EMFIT_MONITORING")
                .param("startsAt", aWeekAhead).param("channel", "PHONE"));
        return last(customerId, BookingMadeEvent.class).bookingId().toString();
    }

    private MockHttpServletResponse byHtmx(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("HX-Request", "true").cookie(new Cookie("register-lang", "en"))
                .with(user(role).roles(role.toUpperCase())).with(csrf())).andReturn().getResponse();
    }

    /** The refusal alone: one sentence to put beside the button, not a page that would replace the card. */
    private static void assertTheRefusalAlone(MockHttpServletResponse answer, String sentence) throws Exception {
        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString().strip())
                .isEqualTo("<span class=\"error\" role=\"alert\">" + sentence + "</span>");
        assertThat(answer.getHeader("Cache-Control")).contains("no-store");
        assertThat(answer.getHeader("HX-Retarget")).as("swapped where the button's form points").isNull();
    }

    @Test
    void withdraws_WhenHtmxPostsTheCardsButton_andSendsTheBrowserToTheCard_thenRejectsTheSecondClickBesideTheButton()
            throws Exception {
        String id = registered();
        String withdrawal = "/console/forms/customers/" + id + "/consents/" + consentGiven(id) + "/withdrawal";

        MockHttpServletResponse withdrawn = byHtmx("staff", post(withdrawal));

        assertThat(withdrawn.getStatus()).isEqualTo(204);
        assertThat(withdrawn.getHeader("HX-Redirect")).isEqualTo("/console/customers/" + id);
        assertThat(last(id, Object.class)).isInstanceOf(ConsentWithdrawnEvent.class);
        long before = storedEvents();
        assertTheRefusalAlone(byHtmx("staff", post(withdrawal)), "This consent is no longer in force.");
        assertThat(storedEvents()).as("nothing stored on a refusal").isEqualTo(before);
    }

    @Test
    void rejects_WhenHtmxCancelsOrCompletesABookingAlreadyCancelled_besideTheButton() throws Exception {
        String id = registered();
        String booking = "/console/forms/customers/" + id + "/bookings/" + booked(id);
        assertThat(byHtmx("staff", post(booking + "/cancellation")).getHeader("HX-Redirect"))
                .isEqualTo("/console/customers/" + id);
        long before = storedEvents();

        assertTheRefusalAlone(byHtmx("staff", post(booking + "/cancellation")),
                "This booking is already cancelled or completed.");
        assertThat(byHtmx("staff", post(booking + "/completion")).getStatus()).isEqualTo(422);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void erases_WhenHtmxPostsTheConfirmation_intoTheWholeMain_thenRejectsASecondErasureBesideTheButton() throws Exception {
        String id = registered();
        String erasure = "/console/forms/dpo/customers/" + id + "/erasure";

        MockHttpServletResponse done = byHtmx("dpo", post(erasure));

        assertThat(done.getStatus()).isEqualTo(200);
        // the button targets the place beside it; the page that says it is done goes where a page goes
        assertThat(done.getHeader("HX-Retarget")).isEqualTo("#main");
        assertThat(done.getContentAsString()).contains("<h1>The customer was erased</h1>").doesNotContain("<main", "<html");
        assertThat(last(id, Object.class)).isInstanceOf(SubjectErasedEvent.class);
        long before = storedEvents();
        assertTheRefusalAlone(byHtmx("dpo", post(erasure)), "This customer has already been erased.");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void answersASubjectRequest_WhenHtmxPostsTheRequestsButton_andSendsTheBrowserToTheList_thenRejectsASecondAnswerBesideIt()
            throws Exception {
        String id = registered();
        String requestId = created("dpo", post("/api/customers/" + id + "/subject-requests")
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"ACCESS\",\"channel\":\"EMAIL\"}"), "requestId");
        String answer = "/console/forms/dpo/customers/" + id + "/subject-requests/" + requestId + "/answer";

        MockHttpServletResponse answered = byHtmx("dpo", post(answer).param("outcome", "FULFILLED"));

        assertThat(answered.getStatus()).isEqualTo(204);
        assertThat(answered.getHeader("HX-Redirect")).isEqualTo("/console/dpo/requests");
        long before = storedEvents();
        assertTheRefusalAlone(byHtmx("dpo", post(answer).param("outcome", "REFUSED")), "This request is already answered.");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void rejects_WhenHtmxPostsAnotherRolesButton_byReloadingThePage_andStoresNothing() throws Exception {
        String id = registered();
        String consent = consentGiven(id);
        long before = storedEvents();

        MockHttpServletResponse staffErasing = byHtmx("staff", post("/console/forms/dpo/customers/" + id + "/erasure"));
        MockHttpServletResponse dpoWithdrawing = byHtmx("dpo",
                post("/console/forms/customers/" + id + "/consents/" + consent + "/withdrawal"));

        for (MockHttpServletResponse refused : new MockHttpServletResponse[] {staffErasing, dpoWithdrawing}) {
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getHeader("HX-Refresh")).isEqualTo("true");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }
}
