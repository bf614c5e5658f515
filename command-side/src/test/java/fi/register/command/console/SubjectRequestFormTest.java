package fi.register.command.console;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.subjectrequest.SubjectRequestAnsweredEvent;
import fi.register.events.subjectrequest.SubjectRequestKind;
import fi.register.events.subjectrequest.SubjectRequestOutcome;
import fi.register.events.subjectrequest.SubjectRequestReceivedEvent;
import jakarta.servlet.http.Cookie;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The officer's console forms for a subject's request: recorded with the API's command, answered from the Requests
 * screen, an erasure request refused as fulfilled with a page saying why; staff get neither.
 */
class SubjectRequestFormTest extends CommandSideHttpTestSupport {

    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Pyyntö","lastName":"Lomake","phone":"+358 40 000 0901",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";

    private String registered() throws Exception {
        return created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON).content(CUSTOMER), "customerId");
    }

    private static String form(String customerId) {
        return "/console/forms/dpo/customers/" + customerId + "/subject-requests";
    }

    private MvcResult signedInAs(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(role.toLowerCase()).roles(role)).with(csrf())
                .cookie(new Cookie("register-lang", "en"))).andReturn();
    }

    private List<? extends DomainEventMessage<?>> history(String customerId) {
        return eventStore.readEvents(customerId).asStream().toList();
    }

    @Test
    void records_ARequestAndItsAnswer_ThenShowsTheOpenRequests() throws Exception {
        String id = registered();
        assertThat(signedInAs("DPO", get(form(id))).getResponse().getStatus()).isEqualTo(200);
        assertThat(signedInAs("DPO", get("/console/forms/dpo/subject-requests").param("customerId", id))
                .getResponse().getRedirectedUrl()).endsWith(form(id));

        MvcResult recorded = signedInAs("DPO", post(form(id)).param("kind", "RECTIFICATION").param("channel", "LETTER"));
        SubjectRequestReceivedEvent received = (SubjectRequestReceivedEvent) history(id).get(1).getPayload();
        MvcResult answered = signedInAs("DPO", post(form(id) + "/" + received.requestId() + "/answer")
                .param("outcome", "PARTLY_FULFILLED"));

        assertThat(recorded.getResponse().getStatus()).isEqualTo(303);
        assertThat(recorded.getResponse().getRedirectedUrl()).endsWith("/console/dpo/requests");
        assertThat(received.kind()).isEqualTo(SubjectRequestKind.RECTIFICATION);
        assertThat(answered.getResponse().getStatus()).isEqualTo(303);
        assertThat(history(id)).last().satisfies(event -> assertThat(event.getPayload())
                .isInstanceOfSatisfying(SubjectRequestAnsweredEvent.class,
                        answer -> assertThat(answer.outcome()).isEqualTo(SubjectRequestOutcome.PARTLY_FULFILLED)));
    }

    @Test
    void rejects_AnErasureRequestAnsweredAsFulfilled_WithAPageSayingWhy_AndAFormWithNothingChosen() throws Exception {
        String id = registered();
        signedInAs("DPO", post(form(id)).param("kind", "ERASURE").param("channel", "EMAIL"));
        SubjectRequestReceivedEvent received = (SubjectRequestReceivedEvent) history(id).get(1).getPayload();
        long before = storedEvents();

        MvcResult refused = signedInAs("DPO", post(form(id) + "/" + received.requestId() + "/answer")
                .param("outcome", "FULFILLED"));
        MvcResult empty = signedInAs("DPO", post(form(id)).param("kind", "").param("channel", ""));

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("The answer was not recorded",
                "An erasure request is fulfilled by erasing the customer");
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        assertThat(empty.getResponse().getContentAsString()).contains("The request was not recorded");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void rejects_WhenStaffOrManagementOpenOrPostTheForms() throws Exception {
        String id = registered();
        long before = storedEvents();
        for (String role : List.of("STAFF", "MANAGEMENT")) {
            assertThat(signedInAs(role, get(form(id))).getResponse().getStatus()).isEqualTo(403);
            assertThat(signedInAs(role, post(form(id)).param("kind", "ACCESS").param("channel", "EMAIL"))
                    .getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(storedEvents()).isEqualTo(before);
    }
}
