package fi.register.command.console;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.EventMetadata;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import jakarta.servlet.http.Cookie;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The data protection officer's pages on the command side, through the real security chain: the erasure the
 * confirmation posts (the API's command, its refusals as pages) and the retention listing; and that no other role
 * gets either.
 */
class DpoPagesTest extends CommandSideHttpTestSupport {

    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Poisto","lastName":"Pyytäjä","phone":"+358 40 000 0501",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";

    private String registered() throws Exception {
        return created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON).content(CUSTOMER), "customerId");
    }

    private static String erasure(String customerId) {
        return "/console/forms/dpo/customers/" + customerId + "/erasure";
    }

    private MvcResult signedInAs(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(role.toLowerCase()).roles(role)).with(csrf())).andReturn();
    }

    private List<? extends DomainEventMessage<?>> history(String customerId) {
        return eventStore.readEvents(customerId).asStream().toList();
    }

    @Test
    void erases_WhenTheDpoConfirms_withTheApisCommand_andSaysItIsDone() throws Exception {
        String id = registered();

        MvcResult answer = signedInAs("DPO", post(erasure(id)));

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(answer.getResponse().getContentAsString()).contains("Asiakas poistettiin").contains(id);
        assertThat(history(id)).last().satisfies(event -> {
            assertThat(event.getPayload()).isInstanceOfSatisfying(SubjectErasedEvent.class,
                    erased -> assertThat(erased.reason()).isEqualTo(ErasureReason.SUBJECT_REQUEST));
            // the audit trail names who erased, as for the API's erasure
            assertThat(event.getMetaData().get(EventMetadata.ACTOR)).isEqualTo("dpo");
        });
    }

    @Test
    void rejects_WhenTheCustomerIsAlreadyErased_orUnknown_withAPageSayingWhy_andRecordsNothing() throws Exception {
        String id = registered();
        signedInAs("DPO", post(erasure(id)));
        long before = storedEvents();

        MvcResult again = mvc.perform(post(erasure(id)).cookie(new Cookie("register-lang", "en"))
                .with(user("dpo").roles("DPO")).with(csrf())).andReturn();
        MvcResult unknown = signedInAs("DPO", post(erasure(UUID.randomUUID().toString())));

        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(again.getResponse().getContentAsString()).contains("The customer was not erased")
                .contains("This customer has already been erased.");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
        assertThat(unknown.getResponse().getContentAsString()).contains("Rekisterissä ei ole asiakasta tällä tunnisteella.");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void rejects_WhenTheErasureComesWithoutItsCsrfToken() throws Exception {
        String id = registered();
        long before = storedEvents();

        int status = mvc.perform(post(erasure(id)).with(user("dpo").roles("DPO"))).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void rejects_WhenStaffOrManagementOpenTheDposPages_andSendsStrangersToTheSignIn() throws Exception {
        String id = registered();
        long before = storedEvents();
        List<MockHttpServletRequestBuilder> pages = List.of(post(erasure(id)), get("/console/forms/dpo/retention"));
        for (String role : List.of("STAFF", "MANAGEMENT")) {
            for (MockHttpServletRequestBuilder page : List.of(post(erasure(id)), get("/console/forms/dpo/retention"))) {
                assertThat(signedInAs(role, page).getResponse().getStatus()).as(role).isEqualTo(403);
            }
        }
        for (MockHttpServletRequestBuilder page : pages) {
            MvcResult stranger = mvc.perform(page.with(csrf())).andReturn();
            assertThat(stranger.getResponse().getStatus()).isEqualTo(302);
            assertThat(stranger.getResponse().getRedirectedUrl()).endsWith("/login");
        }
        // and the officer's prefix opens none of the staff's forms to the officer
        assertThat(signedInAs("DPO", get("/console/forms/registration")).getResponse().getStatus()).isEqualTo(403);
        assertThat(storedEvents()).as("nothing erased by a refused role").isEqualTo(before);
    }

    @Test
    void theRetentionListing_showsEachSubjectDueWithinTheDaysAsked_withItsDeadline_idsOnly() throws Exception {
        String id = registered();

        String farAhead = signedInAs("DPO", get("/console/forms/dpo/retention").param("days", "800"))
                .getResponse().getContentAsString();
        MvcResult nextMonth = signedInAs("DPO", get("/console/forms/dpo/retention"));

        // registered now, kept 24 months (register.retention.period): due within 800 days, not within the next 30
        assertThat(farAhead).contains("href=\"/console/customers/" + id + "\"").contains("Poistetaan")
                .doesNotContain("Pyytäjä").doesNotContain("+358 40 000 0501");
        assertThat(nextMonth.getResponse().getStatus()).isEqualTo(200);
        assertThat(nextMonth.getResponse().getContentAsString()).doesNotContain(id).contains("value=\"30\"");
    }
}
