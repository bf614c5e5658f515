package fi.register.command.console;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingMadeEvent;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The console's booking forms: the API's booking rules (the menu, a time to come, the clinic's horizon), the time read
 * in the clinic's zone, refusals next to the field, nothing stored on a refusal.
 */
class BookingFormTest extends CommandSideHttpTestSupport {

    private static final ZoneId CLINIC = ZoneId.of("Europe/Helsinki");
    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Varaus","lastName":"Lomake","phone":"+358 40 000 0501",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";

    @Autowired
    Clock clock;

    private String registered() throws Exception {
        return created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON).content(CUSTOMER), "customerId");
    }

    /** A local time as the browser's date-time field sends it, days from now in the clinic's zone. */
    private String inDays(int days) {
        return LocalDateTime.ofInstant(clock.instant(), CLINIC).plusDays(days).withHour(10).truncatedTo(ChronoUnit.HOURS).toString();
    }

    private Map<String, String> aWeekAhead() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("service", "EMFIT_MONITORING");
        form.put("startsAt", inDays(7));
        form.put("channel", "PHONE");
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(field, value);
        return changed;
    }

    private MvcResult asStaff(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(new Cookie("register-lang", "en")).with(user("staff").roles("STAFF")).with(csrf()))
                .andReturn();
    }

    private MvcResult booked(String customerId, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = post("/console/forms/customers/" + customerId + "/bookings");
        form.forEach(request::param);
        return asStaff(request);
    }

    private String refused(String customerId, Map<String, String> form) throws Exception {
        long before = storedEvents();
        MvcResult answer = booked(customerId, form);
        assertThat(answer.getResponse().getStatus()).isEqualTo(422);
        assertThat(storedEvents()).as("a refused form stores nothing").isEqualTo(before);
        return answer.getResponse().getContentAsString();
    }

    private static String refusalNextTo(String page, String field) {
        int at = page.indexOf("id=\"" + field + "-error\" class=\"error\"");
        if (at < 0) {
            return null;
        }
        int text = page.indexOf('>', at) + 1;
        return HtmlUtils.htmlUnescape(page.substring(text, page.indexOf('<', text)));
    }

    @Test
    void books_WhenTheFormIsComplete_InTheClinicsTimeZone_ThenCancels_FromTheCardsButton() throws Exception {
        String id = registered();
        assertThat(asStaff(get("/console/forms/customers/" + id + "/bookings")).getResponse().getStatus()).isEqualTo(200);
        Map<String, String> form = aWeekAhead();

        MvcResult answer = booked(id, form);

        assertThat(answer.getResponse().getStatus()).isEqualTo(303);
        assertThat(answer.getResponse().getHeader("Location")).isEqualTo("/console/customers/" + id);
        BookingMadeEvent booking = (BookingMadeEvent) eventStore.readEvents(id).asStream()
                .reduce((first, second) -> second).orElseThrow().getPayload();
        assertThat(booking.startsAt()).isEqualTo(LocalDateTime.parse(form.get("startsAt")).atZone(CLINIC).toInstant());

        assertThat(asStaff(post("/console/forms/customers/" + id + "/bookings/" + booking.bookingId() + "/cancellation"))
                .getResponse().getStatus()).isEqualTo(303);
        assertThat(eventStore.readEvents(id).asStream().reduce((first, second) -> second).orElseThrow().getPayload())
                .isInstanceOf(BookingCancelledEvent.class);
        long before = storedEvents();
        MvcResult again = asStaff(post("/console/forms/customers/" + id + "/bookings/" + booking.bookingId() + "/cancellation"));
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(refusalNextTo(again.getResponse().getContentAsString(), "form")).isEqualTo("This booking is already cancelled or completed.");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void rejects_WhenTheTimeHasPassed_OrIsMissing_NextToTheTime() throws Exception {
        String id = registered();

        assertThat(refusalNextTo(refused(id, with(aWeekAhead(), "startsAt", inDays(-1))), "startsAt"))
                .isEqualTo("A booking must be for a time still to come.");
        assertThat(refusalNextTo(refused(id, with(aWeekAhead(), "startsAt", "")), "startsAt")).isEqualTo("Give the date and time.");
    }

    @Test
    void rejects_WhenTheServiceIsNotOnTheMenu_NextToTheService() throws Exception {
        assertThat(refusalNextTo(refused(registered(), with(aWeekAhead(), "service", "NO_SUCH_SERVICE")), "service"))
                .isEqualTo("Choose one of the clinic's services.");
    }

    @Test
    void rejects_WhenPostedWithoutCsrf_OrByAnotherRoleThanStaff() throws Exception {
        String id = registered();
        long before = storedEvents();
        MockHttpServletRequestBuilder request = post("/console/forms/customers/" + id + "/bookings");
        aWeekAhead().forEach(request::param);

        assertThat(mvc.perform(request.with(user("staff").roles("STAFF"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(request.with(user("management").roles("MANAGEMENT")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
