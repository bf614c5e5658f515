package fi.register.command.console;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.EventMetadata;
import jakarta.servlet.http.Cookie;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What every test of a staff form proves, said once: a form posted as staff in English, the refusal read from next to
 * its field, nothing stored on a refusal, the event stored with the staff member as its actor, and the form closed to
 * a post without CSRF, to the other roles and to the anonymous.
 */
abstract class StaffFormTestSupport extends CommandSideHttpTestSupport {

    static final String HEALTH_DATA_CONSENT = """
            {"purpose":"HEALTH_DATA","evidence":{"method":"ELECTRONIC","reference":"intake form"},"noticeVersion":"2018-05"}""";

    String registered(String customerJson) throws Exception {
        return created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON).content(customerJson), "customerId");
    }

    void consentsToHealthData(String customerId) throws Exception {
        created("staff", post("/api/customers/" + customerId + "/consents").contentType(MediaType.APPLICATION_JSON)
                .content(HEALTH_DATA_CONSENT), "consentId");
    }

    static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(field, value);
        return changed;
    }

    MvcResult asStaff(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(new Cookie("register-lang", "en")).with(user("staff").roles("STAFF")).with(csrf()))
                .andReturn();
    }

    /** The form posted as staff; a value given as several, comma-separated, is posted as a multiple choice. */
    MvcResult posted(String path, Map<String, String> form) throws Exception {
        return asStaff(filled(post(path), form));
    }

    static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, Map<String, String> form) {
        form.forEach((field, value) -> request.param(field, value.contains(",") ? value.split(",") : new String[] {value}));
        return request;
    }

    /** Posts a form that must be refused, proves nothing was stored, and returns the page shown. */
    String refused(String path, Map<String, String> form) throws Exception {
        long before = storedEvents();
        MvcResult answer = posted(path, form);
        assertThat(answer.getResponse().getStatus()).isEqualTo(422);
        assertThat(storedEvents()).as("a refused form stores nothing").isEqualTo(before);
        return answer.getResponse().getContentAsString();
    }

    /** Posts a form that must be accepted: 303 to the card; returns the event it stored, whose actor is the staff. */
    DomainEventMessage<?> accepted(String customerId, String path, Map<String, String> form) throws Exception {
        MvcResult answer = posted(path, form);
        assertThat(answer.getResponse().getStatus()).isEqualTo(303);
        assertThat(answer.getResponse().getHeader("Location")).isEqualTo("/console/customers/" + customerId);
        DomainEventMessage<?> stored = lastEvent(customerId);
        assertThat(stored.getMetaData()).containsEntry(EventMetadata.ACTOR, "staff");
        return stored;
    }

    DomainEventMessage<?> lastEvent(String customerId) {
        return eventStore.readEvents(customerId).asStream().reduce((first, second) -> second).orElseThrow();
    }

    static String refusalNextTo(String page, String field) {
        int at = page.indexOf("id=\"" + field + "-error\" class=\"error\"");
        if (at < 0) {
            return null;
        }
        int text = page.indexOf('>', at) + 1;
        return HtmlUtils.htmlUnescape(page.substring(text, page.indexOf('<', text)));
    }

    /**
     * A post without CSRF, a post by the DPO or management, and an anonymous visit are all turned away, and nothing is
     * stored: the server enforces that these forms are the staff's.
     */
    void provesOnlyStaffMayPost(String path, Map<String, String> form) throws Exception {
        long before = storedEvents();
        assertThat(mvc.perform(filled(post(path), form).with(user("staff").roles("STAFF"))).andReturn().getResponse()
                .getStatus()).as("no CSRF token").isEqualTo(403);
        for (String role : new String[] {"DPO", "MANAGEMENT"}) {
            assertThat(mvc.perform(filled(post(path), form).with(user(role.toLowerCase()).roles(role)).with(csrf()))
                    .andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
        }
        assertThat(mvc.perform(filled(post(path), form).with(csrf())).andReturn().getResponse().getHeader("Location"))
                .as("anonymous").endsWith("/login");
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getHeader("Location")).endsWith("/login");
        assertThat(storedEvents()).isEqualTo(before);
    }
}
