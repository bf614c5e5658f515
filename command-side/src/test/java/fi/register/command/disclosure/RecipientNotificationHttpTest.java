package fi.register.command.disclosure;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.NotificationOutcome;
import fi.register.events.disclosure.RecipientChange;
import fi.register.events.disclosure.RecipientNotifiedEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/customers/{id}/recipient-notifications} through the whole command side: the data protection
 * officer records a recipient told of a rectification of what it received, and, after the erasure, with the subject's
 * key destroyed, told of the erasure; once each; staff and management may not; a change that reached nothing the
 * recipient received is refused by name and records nothing.
 */
class RecipientNotificationHttpTest extends CommandSideHttpTestSupport {

    private static final String BOOKING_SYSTEM = "Tehden asiakashallintajärjestelmä (Avoinna24)";

    @Test
    void recordsTheRecipientTold_OfTheRectification_AndAfterTheErasure_OfTheErasure_OnceEach() throws Exception {
        UUID customerId = customer();
        String disclosureId = created("staff", postJson("/api/customers/" + customerId + "/disclosures",
                "{\"recipient\":\"" + BOOKING_SYSTEM + "\",\"fields\":[\"NAME\",\"EMAIL\"]}"), "disclosureId");
        as("staff", patch("/api/customers/" + customerId).contentType("application/merge-patch+json")
                .content("{\"email\":\"uusi." + customerId.toString().substring(0, 8) + "@example.test\"}"))
                .andExpect(status().isNoContent());
        long rectification = last(customerId).getSequenceNumber();
        String notifications = "/api/customers/" + customerId + "/recipient-notifications";

        as("dpo", postJson(notifications, body(disclosureId, rectification, "TOLD"))).andExpect(status().isNoContent());

        RecipientNotifiedEvent told = (RecipientNotifiedEvent) last(customerId).getPayload();
        assertThat(told.namedParty()).isEqualTo("BOOKING_SYSTEM");
        assertThat(told.change()).isEqualTo(RecipientChange.RECTIFICATION);
        assertThat(told.fields()).isEqualTo(Set.of(DisclosedField.EMAIL));
        expectRefused("dpo", postJson(notifications, body(disclosureId, rectification, "IMPOSSIBLE")), 409,
                "recipient-already-told");

        as("dpo", post("/api/customers/" + customerId + "/erasure")).andExpect(status().isNoContent());
        long erasure = last(customerId).getSequenceNumber();
        assertThat(last(customerId).getPayload()).isInstanceOf(SubjectErasedEvent.class);
        // the key is gone, and the subject decides nothing else: this record needs neither
        expectRefused("staff", postJson("/api/customers/" + customerId + "/service-events",
                "{\"service\":\"NEUROSONIC_TREATMENT\",\"kind\":\"TREATMENT_GIVEN\"}"), 410, "subject-erased");
        as("dpo", postJson(notifications, body(disclosureId, erasure, "DISPROPORTIONATE_EFFORT")))
                .andExpect(status().isNoContent());

        RecipientNotifiedEvent ofErasure = (RecipientNotifiedEvent) last(customerId).getPayload();
        assertThat(ofErasure.change()).isEqualTo(RecipientChange.ERASURE);
        assertThat(ofErasure.fields()).isEqualTo(Set.of(DisclosedField.NAME, DisclosedField.EMAIL));
        assertThat(ofErasure.outcome()).isEqualTo(NotificationOutcome.DISPROPORTIONATE_EFFORT);
    }

    @Test
    void rejects_WhenTheChangeReachedNothingTheRecipientReceived_OrNoOutcomeIsGiven() throws Exception {
        UUID customerId = customer();
        String disclosureId = created("staff", postJson("/api/customers/" + customerId + "/disclosures",
                "{\"recipient\":\"" + BOOKING_SYSTEM + "\",\"fields\":[\"NAME\"]}"), "disclosureId");
        as("staff", patch("/api/customers/" + customerId).contentType("application/merge-patch+json")
                .content("{\"phone\":\"+358 40 000 0041\"}")).andExpect(status().isNoContent());
        long rectification = last(customerId).getSequenceNumber();
        String notifications = "/api/customers/" + customerId + "/recipient-notifications";

        expectRefused("dpo", postJson(notifications, body(disclosureId, rectification, "TOLD")), 404, "nothing-to-tell");
        expectRefused("dpo", postJson(notifications, "{\"disclosureId\":\"" + disclosureId + "\",\"changeSequence\":"
                + rectification + "}"), 400, "invalid-field");
    }

    @Test
    void rejects_WhenStaffOrManagementRecordARecipientTold() throws Exception {
        UUID customerId = customer();
        for (String user : List.of("staff", "management")) {
            expectRefused(user, postJson("/api/customers/" + customerId + "/recipient-notifications",
                    body(UUID.randomUUID().toString(), 1, "TOLD")), 403, "forbidden");
        }
    }

    private static String body(String disclosureId, long changeSequence, String outcome) {
        return "{\"disclosureId\":\"" + disclosureId + "\",\"changeSequence\":" + changeSequence + ",\"outcome\":\""
                + outcome + "\"}";
    }

    private static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private UUID customer() throws Exception {
        String email = "r" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        return UUID.fromString(created("staff", postJson("/api/customers", """
                {"kind":"PERSON","firstName":"Testi","lastName":"Vastaanottaja",
                 "address":{"street":"Testikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"%s","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}
                """.formatted(email)), "customerId"));
    }

    private DomainEventMessage<?> last(UUID customerId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(customerId.toString()).asStream().toList();
        return events.get(events.size() - 1);
    }
}
