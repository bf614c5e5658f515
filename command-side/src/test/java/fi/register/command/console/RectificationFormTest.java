package fi.register.command.console;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerRectifiedEvent;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The console's rectification form, as the query side draws it prefilled and the browser posts it here: only what
 * staff changed is corrected, by the API's rules; a refusal comes back next to its field (or above the form when it
 * concerns none of them) and stores nothing.
 */
class RectificationFormTest extends CommandSideHttpTestSupport {

    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Oikaisu","lastName":"Lomake","phone":"+358 40 000 0201",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";

    private String registered() throws Exception {
        return created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON).content(CUSTOMER), "customerId");
    }

    /** The form as the query side draws it for this customer: every value now equal to its value on record. */
    private static Map<String, String> asDrawn() {
        Map<String, String> onRecord = new LinkedHashMap<>();
        onRecord.put("firstName", "Oikaisu");
        onRecord.put("lastName", "Lomake");
        onRecord.put("phone", "+358 40 000 0201");
        onRecord.put("email", "");
        onRecord.put("street", "");
        onRecord.put("postalCode", "");
        onRecord.put("city", "");
        onRecord.put("country", "FI");
        onRecord.put("customerGroup", "EMFIT_MONITORING");
        onRecord.put("language", "fi");
        Map<String, String> form = new LinkedHashMap<>(onRecord);
        onRecord.forEach((field, value) -> form.put("was." + field, value));
        form.put("kind", "PERSON");
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(field, value);
        return changed;
    }

    private MvcResult posted(String customerId, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = post("/console/forms/customers/" + customerId + "/details");
        form.forEach(request::param);
        return mvc.perform(request.cookie(new Cookie("register-lang", "en")).with(user("staff").roles("STAFF")).with(csrf()))
                .andReturn();
    }

    private String refused(String customerId, Map<String, String> form) throws Exception {
        long before = storedEvents();
        MvcResult answer = posted(customerId, form);
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
    void rectifies_OnlyTheFieldsStaffChanged_AndSendsTheBrowserBackToTheCard() throws Exception {
        String id = registered();

        MvcResult answer = posted(id, with(asDrawn(), "email", "oikaisu@example.fi"));

        assertThat(answer.getResponse().getStatus()).isEqualTo(303);
        assertThat(answer.getResponse().getHeader("Location")).isEqualTo("/console/customers/" + id);
        CustomerRectifiedEvent rectified = (CustomerRectifiedEvent) eventStore.readEvents(id).asStream()
                .reduce((first, second) -> second).orElseThrow().getPayload();
        assertThat(rectified.rectifiedFields()).isEqualTo(java.util.Set.of(CustomerField.EMAIL));
    }

    @Test
    void rectifies_AnAddress_WhenAllItsPartsAreGiven() throws Exception {
        String id = registered();
        Map<String, String> form = with(with(with(asDrawn(), "street", "Oikaisukatu 1"), "postalCode", "00100"), "city", "Helsinki");

        assertThat(posted(id, form).getResponse().getStatus()).isEqualTo(303);
        CustomerRectifiedEvent rectified = (CustomerRectifiedEvent) eventStore.readEvents(id).asStream()
                .reduce((first, second) -> second).orElseThrow().getPayload();
        assertThat(rectified.rectifiedFields()).containsExactly(CustomerField.ADDRESS);
    }

    @Test
    void rejects_WhenAnAddressIsHalfGiven_NextToTheMissingParts() throws Exception {
        String page = refused(registered(), with(asDrawn(), "street", "Oikaisukatu 1"));

        assertThat(refusalNextTo(page, "city")).isEqualTo("With an address, give the city.");
        assertThat(page).contains("value=\"Oikaisukatu 1\"");
    }

    @Test
    void rejects_WhenTheLastNameIsEmptied_NextToIt() throws Exception {
        assertThat(refusalNextTo(refused(registered(), with(asDrawn(), "lastName", "")), "lastName"))
                .startsWith("Give the last name");
    }

    @Test
    void rejects_WhenTheOnlyWayToReachTheCustomerIsEmptied_AboveTheForm() throws Exception {
        assertThat(refusalNextTo(refused(registered(), with(asDrawn(), "phone", "")), "form"))
                .startsWith("One way to reach the customer must remain");
    }

    @Test
    void rejects_WhenNothingChanged_AboveTheForm() throws Exception {
        assertThat(refusalNextTo(refused(registered(), asDrawn()), "form")).startsWith("Nothing was changed");
    }

    @Test
    void rejects_WhenAFieldHoldsAPersonalIdentityCode_NextToIt_NeitherStoringNorShowingItBack() throws Exception {
        String page = refused(registered(), with(asDrawn(), "email", "131052-308T"));

        assertThat(refusalNextTo(page, "email")).startsWith("This looks like a personal identity code");
        assertThat(page).doesNotContain("131052-308T");
    }

    @Test
    void rejects_WhenPostedWithoutCsrf_OrByAnotherRoleThanStaff() throws Exception {
        String id = registered();
        long before = storedEvents();
        MockHttpServletRequestBuilder request = post("/console/forms/customers/" + id + "/details");
        with(asDrawn(), "email", "x@example.fi").forEach(request::param);

        assertThat(mvc.perform(request.with(user("staff").roles("STAFF"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(request.with(user("dpo").roles("DPO")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(request.with(user("management").roles("MANAGEMENT")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
