package fi.register.autoconfigure.console;

import fi.register.autoconfigure.clock.ClockAutoConfiguration;
import fi.register.autoconfigure.security.AccessRules;
import fi.register.autoconfigure.security.RegisterSecurityAutoConfiguration;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's chain beside the API's: it takes the console's paths only, signs in with a form (never with Basic
 * credentials), and leaves the API stateless HTTP Basic for machine clients.
 */
@SpringBootTest(classes = ConsoleSecurityChainTest.Register.class, properties = {
        "spring.profiles.active=embedded",
        "register.security.users[0].name=staff", "register.security.users[0].password={noop}staff",
        "register.security.users[0].roles=STAFF",
        "register.security.users[1].name=management", "register.security.users[1].password={noop}management",
        "register.security.users[1].roles=MANAGEMENT"})
@AutoConfigureMockMvc
class ConsoleSecurityChainTest {

    @SpringBootConfiguration
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, ThymeleafAutoConfiguration.class, SecurityAutoConfiguration.class,
            ClockAutoConfiguration.class, RegisterSecurityAutoConfiguration.class, ConsoleAutoConfiguration.class})
    static class Register {

        @Bean
        AccessRules api() {
            return requests -> requests.requestMatchers("/api/ping").hasRole("STAFF");
        }

        @Bean
        ConsoleAccessRules staffPage() {
            return pages -> pages.requestMatchers("/console/staff-page").hasRole("STAFF");
        }

        @Bean
        Ping ping() {
            return new Ping();
        }
    }

    @RestController
    static class Ping {

        @GetMapping({"/api/ping", "/console/staff-page"})
        String ping() {
            return "pong";
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void keeps_TheApiOnHttpBasicWithoutASession() throws Exception {
        mvc.perform(get("/api/ping")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"register\""));
        MvcResult answer = mvc.perform(get("/api/ping").with(httpBasic("staff", "staff"))).andExpect(status().isOk())
                .andReturn();
        assertThat(answer.getRequest().getSession(false)).isNull();
    }

    @Test
    void sendsToTheSignIn_WhenAConsolePageIsAskedWithBasicCredentialsOrNone() throws Exception {
        mvc.perform(get("/console/staff-page")).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/console/staff-page").with(httpBasic("staff", "staff")))
                .andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void signsInWithTheFormAndItsCsrfToken_only() throws Exception {
        mvc.perform(post("/login").param("username", "staff").param("password", "staff").with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", "staff").param("password", "staff"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "staff").param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void rejects_WhenTheRoleIsNotThePages_orNobodyClaimedThePage() throws Exception {
        mvc.perform(get("/console/staff-page").with(user("staff").roles("STAFF"))).andExpect(status().isOk());
        mvc.perform(get("/console/staff-page").with(user("management").roles("MANAGEMENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/unclaimed").with(user("staff").roles("STAFF"))).andExpect(status().isForbidden());
    }

    @Test
    void keeps_TheSignInPageOutOfEveryCache_inFinnishByDefault() throws Exception {
        MvcResult page = mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("<html lang=\"fi\"")
                .contains("<label for=\"username\">Käyttäjätunnus</label>").contains("name=\"_csrf\"");
    }
}
