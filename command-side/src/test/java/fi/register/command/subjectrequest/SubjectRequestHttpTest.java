package fi.register.command.subjectrequest;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.subjectrequest.SubjectRequestAnsweredEvent;
import fi.register.events.subjectrequest.SubjectRequestOutcome;
import fi.register.events.subjectrequest.SubjectRequestReceivedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data protection officer records a subject's request as it arrives and answers it; staff may do neither; an
 * unknown or answered request is refused by name; a retry with the same Idempotency-Key records the request once.
 */
class SubjectRequestHttpTest extends CommandSideHttpTestSupport {

    private static final String ACCESS_BY_EMAIL = "{\"kind\":\"ACCESS\",\"channel\":\"EMAIL\"}";

    @Test
    void recordsARequestWithItsDeadline_AndItsAnswer_ThenRefusesToAnswerItAgain() throws Exception {
        UUID customerId = customer();
        String requests = "/api/customers/" + customerId + "/subject-requests";

        String requestId = created("dpo", postJson(requests, ACCESS_BY_EMAIL), "requestId");
        SubjectRequestReceivedEvent received = (SubjectRequestReceivedEvent) last(customerId).getPayload();
        as("dpo", postJson(requests + "/" + requestId + "/answer", "{\"outcome\":\"FULFILLED\"}"))
                .andExpect(status().isNoContent());

        assertThat(received.requestId()).hasToString(requestId);
        assertThat(received.answerBy()).isAfter(received.receivedAt());
        assertThat(((SubjectRequestAnsweredEvent) last(customerId).getPayload()).outcome())
                .isEqualTo(SubjectRequestOutcome.FULFILLED);
        expectRefused("dpo", postJson(requests + "/" + requestId + "/answer", "{\"outcome\":\"REFUSED\"}"), 409,
                "subject-request-answered");
        expectRefused("dpo", postJson(requests + "/" + UUID.randomUUID() + "/answer", "{\"outcome\":\"REFUSED\"}"),
                404, "subject-request-not-found");
    }

    @Test
    void rejects_AnErasureRequestAnsweredAsFulfilled_AndLetsTheErasureAnswerIt() throws Exception {
        UUID customerId = customer();
        String requests = "/api/customers/" + customerId + "/subject-requests";
        String requestId = created("dpo", postJson(requests, "{\"kind\":\"ERASURE\",\"channel\":\"LETTER\"}"), "requestId");

        expectRefused("dpo", postJson(requests + "/" + requestId + "/answer", "{\"outcome\":\"FULFILLED\"}"), 409,
                "answered-by-erasure");
        as("dpo", post("/api/customers/" + customerId + "/erasure")).andExpect(status().isNoContent());

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(customerId.toString()).asStream().toList();
        SubjectRequestAnsweredEvent answer = (SubjectRequestAnsweredEvent) events.get(events.size() - 2).getPayload();
        assertThat(answer.requestId()).hasToString(requestId);
        assertThat(answer.outcome()).isEqualTo(SubjectRequestOutcome.FULFILLED);
    }

    @Test
    void recordsOnce_WhenTheSameRequestIsRetriedWithItsIdempotencyKey() throws Exception {
        UUID customerId = customer();
        MockHttpServletRequestBuilder request = postJson("/api/customers/" + customerId + "/subject-requests",
                ACCESS_BY_EMAIL).header("Idempotency-Key", "request-" + customerId);
        long before = storedEvents();

        MvcResult first = as("dpo", request).andExpect(status().isCreated()).andReturn();
        MvcResult retry = as("dpo", request).andExpect(status().isCreated()).andReturn();

        assertThat(retry.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void rejects_StaffAndManagement_AndARequestOnAnUnknownCustomer() throws Exception {
        UUID customerId = customer();
        String requests = "/api/customers/" + customerId + "/subject-requests";
        for (String user : List.of("staff", "management")) {
            expectRefused(user, postJson(requests, ACCESS_BY_EMAIL), 403, "forbidden");
            expectRefused(user, postJson(requests + "/" + UUID.randomUUID() + "/answer", "{\"outcome\":\"REFUSED\"}"),
                    403, "forbidden");
        }
        expectRefused("dpo", postJson("/api/customers/" + UUID.randomUUID() + "/subject-requests", ACCESS_BY_EMAIL),
                404, "subject-not-found");
    }

    private static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private UUID customer() throws Exception {
        String email = "p" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        return UUID.fromString(created("staff", postJson("/api/customers", """
                {"kind":"PERSON","firstName":"Testi","lastName":"Pyytäjä",
                 "address":{"street":"Testikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"%s","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}
                """.formatted(email)), "customerId"));
    }

    private DomainEventMessage<?> last(UUID customerId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(customerId.toString()).asStream().toList();
        return events.get(events.size() - 1);
    }
}
