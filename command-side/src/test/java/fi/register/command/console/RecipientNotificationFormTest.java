package fi.register.command.console;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.disclosure.NotificationOutcome;
import fi.register.events.disclosure.RecipientNotifiedEvent;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The officer's console form for a recipient told of a change (GDPR Art. 19), posted from the query side's list:
 * recorded with the API's command and back to the list; a change that reached nothing the recipient received refused
 * with a page saying why; staff and management refused.
 */
class RecipientNotificationFormTest extends CommandSideHttpTestSupport {

    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Ilmoitus","lastName":"Lomake","phone":"+358 40 000 0951",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";

    private String disclosedThenRectified() throws Exception {
        String id = created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON).content(CUSTOMER),
                "customerId");
        created("staff", post("/api/customers/" + id + "/disclosures").contentType(MediaType.APPLICATION_JSON)
                .content("{\"recipient\":\"Tehden asiakashallintajärjestelmä (Avoinna24)\",\"fields\":[\"NAME\",\"PHONE\"]}"), "disclosureId");
        as("staff", patch("/api/customers/" + id).contentType("application/merge-patch+json")
                .content("{\"phone\":\"+358 40 000 0952\"}"));
        return id;
    }

    private static String form(String customerId) {
        return "/console/forms/dpo/customers/" + customerId + "/recipient-notifications";
    }

    private MvcResult signedInAs(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(role.toLowerCase()).roles(role)).with(csrf())
                .cookie(new Cookie("register-lang", "en"))).andReturn();
    }

    private List<? extends DomainEventMessage<?>> history(String customerId) {
        return eventStore.readEvents(customerId).asStream().toList();
    }

    private String disclosureIdOf(String customerId) {
        return history(customerId).stream().map(DomainEventMessage::getPayload)
                .filter(fi.register.events.disclosure.PersonalDataDisclosedEvent.class::isInstance)
                .map(event -> ((fi.register.events.disclosure.PersonalDataDisclosedEvent) event).disclosureId().toString())
                .findFirst().orElseThrow();
    }

    @Test
    void records_TheRecipientTold_ThenShowsTheRecipientsStillToTell() throws Exception {
        String id = disclosedThenRectified();
        long rectification = history(id).get(history(id).size() - 1).getSequenceNumber();

        MvcResult recorded = signedInAs("DPO", post(form(id)).param("disclosureId", disclosureIdOf(id))
                .param("changeSequence", String.valueOf(rectification)).param("outcome", "IMPOSSIBLE"));

        assertThat(recorded.getResponse().getStatus()).isEqualTo(303);
        assertThat(recorded.getResponse().getRedirectedUrl()).endsWith("/console/dpo/recipients");
        assertThat(history(id)).last().satisfies(event -> assertThat(event.getPayload())
                .isInstanceOfSatisfying(RecipientNotifiedEvent.class,
                        told -> assertThat(told.outcome()).isEqualTo(NotificationOutcome.IMPOSSIBLE)));
    }

    @Test
    void rejects_AChangeThatReachedNothingTheRecipientReceived_WithAPageSayingWhy() throws Exception {
        String id = disclosedThenRectified();
        long before = storedEvents();

        // sequence 1 is the disclosure itself: no change to tell of
        MvcResult refused = signedInAs("DPO", post(form(id)).param("disclosureId", disclosureIdOf(id))
                .param("changeSequence", "1").param("outcome", "TOLD"));
        MvcResult empty = signedInAs("DPO", post(form(id)).param("disclosureId", "").param("changeSequence", "x"));

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("The telling was not recorded",
                "This change did not reach the data disclosed to this recipient.");
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void rejects_WhenStaffOrManagementPostTheForm() throws Exception {
        String id = disclosedThenRectified();
        long rectification = history(id).get(history(id).size() - 1).getSequenceNumber();
        long before = storedEvents();
        for (String role : List.of("STAFF", "MANAGEMENT")) {
            assertThat(signedInAs(role, post(form(id)).param("disclosureId", disclosureIdOf(id))
                    .param("changeSequence", String.valueOf(rectification)).param("outcome", "TOLD"))
                    .getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(storedEvents()).isEqualTo(before);
    }
}
