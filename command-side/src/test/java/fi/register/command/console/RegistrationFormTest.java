package fi.register.command.console;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.customer.CustomerRegisteredEvent;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The console's registration form: the API's rules through a browser's form. Accepted, the customer is registered and
 * the browser is sent to the card by id only; refused, the form comes back with each refusal next to its field, in the
 * console's language, and nothing is stored.
 */
class RegistrationFormTest extends CommandSideHttpTestSupport {

    private static final String FORM = "/console/forms/registration";
    private static final String NAME = "Formi";
    private static final String SURNAME = "Täyttäjä";

    private static Map<String, String> byPhone() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "PERSON");
        form.put("firstName", NAME);
        form.put("lastName", SURNAME);
        form.put("companyName", "");
        form.put("businessId", "");
        form.put("street", "");
        form.put("postalCode", "");
        form.put("city", "");
        form.put("country", "FI");
        form.put("email", "");
        form.put("phone", "+358 40 000 0101");
        form.put("customerGroup", "EMFIT_MONITORING");
        form.put("language", "fi");
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(field, value);
        return changed;
    }

    private static MockHttpServletRequestBuilder posted(Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(FORM);
        form.forEach(request::param);
        return request;
    }

    private MvcResult asStaff(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("staff").roles("STAFF")).with(csrf())).andReturn();
    }

    /** The form refused (422), nothing stored, and the page as the browser gets it. */
    private String refused(Map<String, String> form, String language) throws Exception {
        long before = storedEvents();
        MvcResult answer = asStaff(posted(form).cookie(new jakarta.servlet.http.Cookie("register-lang", language)));
        assertThat(answer.getResponse().getStatus()).isEqualTo(422);
        assertThat(storedEvents()).as("a refused form stores nothing").isEqualTo(before);
        return answer.getResponse().getContentAsString();
    }

    /** The text shown next to the field, if any. */
    private static String refusalNextTo(String page, String field) {
        String marker = "id=\"" + field + "-error\" class=\"error\">";
        int at = page.indexOf(marker);
        return at < 0 ? null : HtmlUtils.htmlUnescape(page.substring(at + marker.length(), page.indexOf('<', at + marker.length())));
    }

    @Test
    void registers_WhenTheFormIsComplete_AndSendsTheBrowserToTheCardByIdOnly() throws Exception {
        long before = storedEvents();

        MvcResult answer = asStaff(posted(byPhone()));

        assertThat(answer.getResponse().getStatus()).isEqualTo(303);
        String location = answer.getResponse().getHeader("Location");
        assertThat(location).matches("/console/customers/[0-9a-f-]{36}\\?registered=1");
        UUID id = UUID.fromString(location.substring("/console/customers/".length(), location.indexOf('?')));
        assertThat(eventStore.readEvents(id.toString()).asStream().toList())
                .singleElement().satisfies(event -> assertThat(event.getPayload()).isInstanceOf(CustomerRegisteredEvent.class));
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void registers_WhenHtmxPostsTheForm_AndSendsTheBrowserToTheCardByHxRedirect() throws Exception {
        long before = storedEvents();

        MvcResult answer = asStaff(posted(byPhone()).header("HX-Request", "true"));

        assertThat(answer.getResponse().getStatus()).isEqualTo(204);
        assertThat(answer.getResponse().getHeader("Location")).as("htmx would follow it and swap the card in").isNull();
        assertThat(answer.getResponse().getHeader("HX-Redirect")).matches("/console/customers/[0-9a-f-]{36}\\?registered=1");
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void rejects_WhenHtmxPostsAnIncompleteForm_WithTheFormAndItsRefusalsOnly_OutOfEveryCache() throws Exception {
        long before = storedEvents();

        MvcResult answer = asStaff(posted(with(byPhone(), "phone", "")).header("HX-Request", "true")
                .cookie(new jakarta.servlet.http.Cookie("register-lang", "en")));

        assertThat(answer.getResponse().getStatus()).isEqualTo(422);
        assertThat(answer.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(storedEvents()).isEqualTo(before);
        String content = answer.getResponse().getContentAsString();
        assertThat(refusalNextTo(content, "phone")).startsWith("Give a phone number");
        assertThat(content).as("what htmx swaps into the page's main: the form, not a page within the page")
                .contains("<form class=\"command\"", "hx-post=\"/console/forms/registration\"", "value=\"" + SURNAME + "\"")
                .doesNotContain("<html", "<header", "<main");
    }

    @Test
    void registers_WhenACompanyGivesItsNameBusinessIdAndEmail() throws Exception {
        Map<String, String> company = with(with(with(with(with(byPhone(), "kind", "COMPANY"), "companyName", "Formi Oy"),
                "businessId", "2096006-8"), "phone", ""), "email", "formi.oy@example.fi");

        assertThat(asStaff(posted(company)).getResponse().getStatus()).isEqualTo(303);
    }

    @Test
    void rejects_WhenNeitherPhoneNorEmailIsGiven_NextToBothFields_InTheConsolesLanguage() throws Exception {
        String page = refused(with(byPhone(), "phone", ""), "en");

        assertThat(refusalNextTo(page, "phone")).startsWith("Give a phone number");
        assertThat(refusalNextTo(page, "email")).startsWith("Give a valid e-mail address, or a phone number");
        assertThat(refusalNextTo(page, "firstName")).isNull();
        // what was entered is there to be corrected, not to be typed again
        assertThat(page).contains("value=\"" + NAME + "\"").contains("value=\"" + SURNAME + "\"");
    }

    @Test
    void rejects_WhenAPersonHasNoLastName_NextToTheField_InFinnishByDefault() throws Exception {
        long before = storedEvents();
        MvcResult answer = asStaff(posted(with(byPhone(), "lastName", "")));

        assertThat(answer.getResponse().getStatus()).isEqualTo(422);
        assertThat(refusalNextTo(answer.getResponse().getContentAsString(), "lastName")).isEqualTo("Anna sukunimi (enintään 100 merkkiä).");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void rejects_WhenACompanyHasNoBusinessId_OrAnInvalidOne_NextToTheField() throws Exception {
        Map<String, String> company = with(with(byPhone(), "kind", "COMPANY"), "companyName", "Formi Oy");

        assertThat(refusalNextTo(refused(company, "en"), "businessId")).startsWith("Give the company's business id");
        assertThat(refusalNextTo(refused(with(company, "businessId", "2096006-7"), "sv"), "businessId"))
                .isEqualTo("FO-numret är inte giltigt: kontrollera siffrorna och kontrolltecknet.");
    }

    @Test
    void rejects_WhenAnAddressIsHalfGiven_NextToTheMissingParts() throws Exception {
        String page = refused(with(byPhone(), "street", "Formikatu 1"), "en");

        assertThat(refusalNextTo(page, "postalCode")).startsWith("With an address, give a postal code");
        assertThat(refusalNextTo(page, "city")).isEqualTo("With an address, give the city.");
        assertThat(refusalNextTo(page, "street")).isNull();
    }

    @Test
    void rejects_WhenTheEmailBelongsToAnotherCustomer_NextToTheEmail() throws Exception {
        Map<String, String> first = with(byPhone(), "email", "taken.by.form@example.fi");
        assertThat(asStaff(posted(first)).getResponse().getStatus()).isEqualTo(303);

        assertThat(refusalNextTo(refused(first, "en"), "email")).startsWith("Another customer already has this e-mail");
    }

    @Test
    void rejects_WhenTheGroupIsNotTheClinics_NextToTheGroup() throws Exception {
        assertThat(refusalNextTo(refused(with(byPhone(), "customerGroup", "NO_SUCH_GROUP"), "en"), "customerGroup"))
                .isEqualTo("Choose one of the clinic's customer groups.");
    }

    @Test
    void rejects_WhenAFieldHoldsAPersonalIdentityCode_NextToIt_NeitherStoringNorShowingItBack() throws Exception {
        String page = refused(with(byPhone(), "lastName", "131052-308T"), "en");

        assertThat(refusalNextTo(page, "lastName")).startsWith("This looks like a personal identity code");
        assertThat(page).doesNotContain("131052-308T").contains("value=\"" + NAME + "\"");
    }

    @Test
    void keeps_TenDigitsInThePhoneNumberAsThePhoneNumber_AsTheApisScreenDoes() throws Exception {
        assertThat(asStaff(posted(with(byPhone(), "phone", "0405011003"))).getResponse().getStatus()).isEqualTo(303);
        assertThat(refusalNextTo(refused(with(byPhone(), "phone", "040501-1003"), "en"), "phone"))
                .startsWith("This looks like a personal identity code");
    }

    @Test
    void rejects_WhenTheFormIsPostedWithoutItsCsrfToken() throws Exception {
        long before = storedEvents();

        MvcResult answer = mvc.perform(posted(byPhone()).with(user("staff").roles("STAFF"))).andReturn();

        assertThat(answer.getResponse().getStatus()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void rejects_WhenTheUserIsNotStaff_OrNotSignedIn() throws Exception {
        long before = storedEvents();
        for (String role : new String[] {"DPO", "MANAGEMENT"}) {
            assertThat(mvc.perform(get(FORM).with(user(role.toLowerCase()).roles(role))).andReturn().getResponse().getStatus())
                    .as(role).isEqualTo(403);
            assertThat(mvc.perform(posted(byPhone()).with(user(role.toLowerCase()).roles(role)).with(csrf()))
                    .andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
        }
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {get(FORM), posted(byPhone()).with(csrf())}) {
            MvcResult answer = mvc.perform(request).andReturn();
            assertThat(answer.getResponse().getStatus()).isEqualTo(302);
            assertThat(answer.getResponse().getHeader("Location")).endsWith("/login");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void shows_TheEmptyForm_WithEveryFieldLabelled_AndNoValueInItsAction() throws Exception {
        MvcResult answer = asStaff(get(FORM));

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        String page = answer.getResponse().getContentAsString();
        for (String field : byPhone().keySet()) {
            if (!field.equals("kind")) {
                assertThat(page).contains("<label for=\"" + field + "\"");
            }
        }
        assertThat(page).contains("action=\"/console/forms/registration\"").contains("method=\"post\"")
                .contains("name=\"_csrf\"");
        assertThat(answer.getResponse().getHeader("Cache-Control")).contains("no-store");
    }
}
