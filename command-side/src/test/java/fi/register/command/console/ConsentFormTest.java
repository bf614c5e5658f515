package fi.register.command.console;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentWithdrawnEvent;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The console's consent forms: the API's consent rules, refusals next to the field, nothing stored on a refusal. */
class ConsentFormTest extends CommandSideHttpTestSupport {

    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Suostumus","lastName":"Lomake","phone":"+358 40 000 0401",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";

    private String registered() throws Exception {
        return created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON).content(CUSTOMER), "customerId");
    }

    private static Map<String, String> marketingBySms() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("purpose", "MARKETING");
        form.put("channel", "SMS");
        form.put("recipient", "");
        form.put("evidenceMethod", "ELECTRONIC");
        form.put("evidenceReference", "intake form 2026-11");
        form.put("noticeVersion", "2018-05");
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

    private MvcResult given(String customerId, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = post("/console/forms/customers/" + customerId + "/consents");
        form.forEach(request::param);
        return asStaff(request);
    }

    private String refused(String customerId, Map<String, String> form) throws Exception {
        long before = storedEvents();
        MvcResult answer = given(customerId, form);
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
    void records_WhenTheFormIsComplete_ThenWithdraws_FromTheCardsButton() throws Exception {
        String id = registered();
        assertThat(asStaff(get("/console/forms/customers/" + id + "/consents")).getResponse().getStatus()).isEqualTo(200);

        MvcResult answer = given(id, marketingBySms());

        assertThat(answer.getResponse().getStatus()).isEqualTo(303);
        assertThat(answer.getResponse().getHeader("Location")).isEqualTo("/console/customers/" + id);
        ConsentGivenEvent consent = (ConsentGivenEvent) eventStore.readEvents(id).asStream()
                .reduce((first, second) -> second).orElseThrow().getPayload();

        MvcResult withdrawn = asStaff(post("/console/forms/customers/" + id + "/consents/" + consent.consentId() + "/withdrawal"));
        assertThat(withdrawn.getResponse().getStatus()).isEqualTo(303);
        assertThat(eventStore.readEvents(id).asStream().reduce((first, second) -> second).orElseThrow().getPayload())
                .isInstanceOf(ConsentWithdrawnEvent.class);

        long before = storedEvents();
        MvcResult again = asStaff(post("/console/forms/customers/" + id + "/consents/" + consent.consentId() + "/withdrawal"));
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(refusalNextTo(again.getResponse().getContentAsString(), "form")).isEqualTo("This consent is no longer in force.");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void rejects_WhenNoPurposeOrEvidenceIsChosen_NextToTheFields() throws Exception {
        String page = refused(registered(), with(with(marketingBySms(), "purpose", ""), "evidenceMethod", ""));

        assertThat(refusalNextTo(page, "purpose")).isEqualTo("Choose the purpose.");
        assertThat(refusalNextTo(page, "evidenceMethod")).isEqualTo("Choose how the consent was given.");
        assertThat(page).contains("value=\"intake form 2026-11\"");
    }

    @Test
    void rejects_WhenADisclosureConsentIsNotWritten_NextToTheEvidence() throws Exception {
        Map<String, String> disclosure = with(with(marketingBySms(), "purpose", "DISCLOSURE"), "channel", "");
        String page = refused(registered(), with(disclosure, "recipient", "Testi Kumppani Oy"));

        assertThat(refusalNextTo(page, "evidenceMethod")).startsWith("A disclosure consent needs the customer's written");
    }

    @Test
    void rejects_WhenAMarketingConsentNamesNoChannel_AboveTheForm() throws Exception {
        assertThat(refusalNextTo(refused(registered(), with(marketingBySms(), "channel", "")), "form"))
                .startsWith("A marketing consent names a channel only");
    }

    @Test
    void rejects_WhenTheEvidenceHoldsAPersonalIdentityCode_NextToIt_NeitherStoringNorShowingItBack() throws Exception {
        String page = refused(registered(), with(marketingBySms(), "evidenceReference", "signed by 131052-308T"));

        assertThat(refusalNextTo(page, "evidenceReference")).startsWith("This looks like a personal identity code");
        assertThat(page).doesNotContain("131052-308T");
    }

    @Test
    void rejects_WhenPostedWithoutCsrf_OrByAnotherRoleThanStaff() throws Exception {
        String id = registered();
        long before = storedEvents();
        MockHttpServletRequestBuilder request = post("/console/forms/customers/" + id + "/consents");
        marketingBySms().forEach(request::param);

        assertThat(mvc.perform(request.with(user("staff").roles("STAFF"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(request.with(user("dpo").roles("DPO")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/console/forms/customers/" + id + "/consents")).andReturn().getResponse().getHeader("Location"))
                .endsWith("/login");
        assertThat(storedEvents()).isEqualTo(before);
    }
}
