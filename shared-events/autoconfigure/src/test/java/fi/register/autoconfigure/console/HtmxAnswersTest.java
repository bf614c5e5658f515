package fi.register.autoconfigure.console;

import fi.register.autoconfigure.clock.ClockAutoConfiguration;
import fi.register.autoconfigure.security.AccessRules;
import fi.register.autoconfigure.security.RegisterSecurityAutoConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.view.RedirectView;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's htmx, as the server sees it: the script comes from the register's own jar, an htmx request gets the
 * page's content only (still no-store), and a redirect becomes {@code HX-Redirect}; without script, nothing changes.
 */
@SpringBootTest(classes = HtmxAnswersTest.Register.class, properties = "spring.profiles.active=embedded")
@AutoConfigureMockMvc
class HtmxAnswersTest {

    @SpringBootConfiguration
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, ThymeleafAutoConfiguration.class, SecurityAutoConfiguration.class,
            ClockAutoConfiguration.class, RegisterSecurityAutoConfiguration.class, ConsoleAutoConfiguration.class})
    static class Register {

        @Bean
        AccessRules api() {
            return requests -> {
            };
        }

        @Bean
        ConsoleAccessRules staffForm() {
            return pages -> pages.requestMatchers("/console/staff-form", "/console/staff-button").hasRole("STAFF");
        }

        @Bean
        AcceptingForm acceptingForm() {
            return new AcceptingForm();
        }

        @Bean
        RefusingButton refusingButton() {
            return new RefusingButton();
        }
    }

    /** A button whose refusal is a page without script and, for htmx, that page's small part beside the button. */
    @Controller
    static class RefusingButton {

        @PostMapping("/console/staff-button")
        String refuse(Model model, HttpServletResponse response) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            HtmxFragment.answer(model, "refusal");
            return "console/refused-button";
        }
    }

    /** A form that accepts and sends the browser on, as every command form does. */
    @Controller
    static class AcceptingForm {

        @PostMapping("/console/staff-form")
        RedirectView accept() {
            RedirectView card = new RedirectView("/console/customers/42", true);
            card.setStatusCode(HttpStatus.SEE_OTHER);
            return card;
        }
    }

    private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void servesHtmx_fromTheRegistersOwnJar_atThePathTheLayoutNames() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        List<String> scripts = SCRIPT.matcher(page).results().map(found -> found.group(1)).toList();

        // the layout names it without a version, and the link is written with the one on the class path (the pom's pin)
        assertThat(scripts).as("the layout's scripts, all the register's own").singleElement().asString()
                .matches("/console/assets/webjars/htmx\\.org/2\\.[0-9.]+/dist/htmx\\.min\\.js");
        mvc.perform(get(scripts.get(0))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("javascript")))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("htmx"));
        assertThat(page).as("no eval, no script from an answer, a refusal swapped in")
                .contains("\"allowEval\":false", "\"allowScriptTags\":false", "{\"code\":\"422\",\"swap\":true}");
    }

    @Test
    void keeps_EveryScriptTheRegistersOwnFile_byTheContentSecurityPolicy() throws Exception {
        String policy = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(policy).contains("script-src 'self';", "default-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
        String scripts = policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));
        assertThat(scripts).as("no inline script, no eval").isEqualTo("script-src 'self'");
        assertThat(mvc.perform(get("/").header("HX-Request", "true").with(user("staff").roles("STAFF"))).andReturn()
                .getResponse().getHeader("Content-Security-Policy")).as("on fragments too").isEqualTo(policy);
    }

    @Test
    void answersThePagesContentOnly_WhenHtmxAsks_stillOutOfEveryCache() throws Exception {
        String whole = mvc.perform(get("/").with(user("staff").roles("STAFF"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String content = mvc.perform(get("/").header("HX-Request", "true").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();

        assertThat(whole).contains("<html", "<main id=\"main\"", "<h1>");
        assertThat(content).contains("<h1>").doesNotContain("<html", "<main", "<header", "<script");
    }

    @Test
    void answersThePagesContent_intoMain_whateverTheAskingElementTargets() throws Exception {
        mvc.perform(get("/").header("HX-Request", "true").with(user("staff").roles("STAFF")))
                .andExpect(header().string("HX-Retarget", "#main"))
                .andExpect(header().string("HX-Reswap", "innerHTML"));
        mvc.perform(get("/").with(user("staff").roles("STAFF"))).andExpect(header().doesNotExist("HX-Retarget"));
    }

    @Test
    void answersThePartThePageNames_WhenHtmxPostsAButton_andTheWholePageOtherwise() throws Exception {
        String part = mvc.perform(post("/console/staff-button").header("HX-Request", "true").with(csrf())
                        .with(user("staff").roles("STAFF")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(header().doesNotExist("HX-Retarget"))
                .andReturn().getResponse().getContentAsString();
        String page = mvc.perform(post("/console/staff-button").with(csrf()).with(user("staff").roles("STAFF")))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();

        assertThat(part.strip()).isEqualTo("<span class=\"error\" role=\"alert\">Not done.</span>");
        assertThat(page).contains("<html", "<main", "<h1>It was not done</h1>", "Not done.");
    }

    @Test
    void answersARedirect_asHxRedirect_WhenHtmxPostsAForm_andAs303Otherwise() throws Exception {
        mvc.perform(post("/console/staff-form").with(csrf()).with(user("staff").roles("STAFF")))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/console/customers/42"));
        mvc.perform(post("/console/staff-form").header("HX-Request", "true").with(csrf())
                        .with(user("staff").roles("STAFF")))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/console/customers/42"))
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void rejects_WhenHtmxPostsWithoutTheCsrfToken_byReloadingThePage_asWithoutScript() throws Exception {
        // htmx swaps no 403: the click would do nothing. The reload meets the refusal a plain post meets.
        mvc.perform(post("/console/staff-form").header("HX-Request", "true").with(user("staff").roles("STAFF")))
                .andExpect(status().isForbidden())
                .andExpect(header().string("HX-Refresh", "true"));
        mvc.perform(post("/console/staff-form").with(user("staff").roles("STAFF")))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("HX-Refresh"));
    }

    @Test
    void rejects_WhenHtmxPostsAfterTheSignInExpired_byReloadingThePage_whichLeadsToTheSignIn() throws Exception {
        mvc.perform(post("/console/staff-form").header("HX-Request", "true").with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Refresh", "true"))
                .andExpect(header().doesNotExist("Location"));
        mvc.perform(post("/console/staff-form").with(csrf()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/login")));
    }
}
