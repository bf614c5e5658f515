package fi.register.command.disclosure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.register.command.CommandSideHttpTestSupport;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.personal.PersonalData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10: a recipient outside the named parties (a relative, say) is personal data. The event store's rows never
 * hold it in clear, and after erasure it reads as erased, also from events stored before it was sealed (revision 1),
 * which the configured upcaster reads.
 */
class RecipientOnDiskTest extends CommandSideHttpTestSupport {

    private static final String SISTER = "a sister, with her street address";

    private UUID register() throws Exception {
        return UUID.fromString(created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"PERSON","firstName":"Testi","lastName":"Luovutus",
                 "address":{"street":"Testikatu 9","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"r%s@example.test","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))), "customerId"));
    }

    private void consentTo(UUID customerId, String recipient) throws Exception {
        created("staff", post("/api/customers/" + customerId + "/consents").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"purpose":"DISCLOSURE","recipient":"%s","evidence":{"method":"WRITTEN","reference":"kirje-5"},
                         "noticeVersion":"2018-05"}""".formatted(recipient)), "consentId");
    }

    private void disclose(UUID customerId, String recipient) throws Exception {
        created("staff", post("/api/customers/" + customerId + "/disclosures").contentType(MediaType.APPLICATION_JSON)
                .content("{\"recipient\":\"" + recipient + "\",\"fields\":[\"NAME\"]}"), "disclosureId");
    }

    private String rawRows(UUID customerId) {
        StringBuilder raw = new StringBuilder();
        for (String table : List.of("domain_event_entry", "snapshot_event_entry")) {
            jdbc.queryForList("select payload from " + table + " where aggregate_identifier = ?", byte[].class,
                    customerId.toString()).forEach(payload -> raw.append(new String(payload, StandardCharsets.UTF_8)));
        }
        return raw.toString();
    }

    private <T> List<T> stored(UUID customerId, Class<T> type) {
        return eventStore.readEvents(customerId.toString()).asStream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void keeps_NoClearRecipientInTheEventStore_WhenDataGoesToSomeoneOutsideTheNamedParties() throws Exception {
        UUID customerId = register();
        consentTo(customerId, SISTER);
        disclose(customerId, SISTER);

        assertThat(rawRows(customerId).contains("sister")).as("the recipient in the stored rows").isFalse();
        assertThat(stored(customerId, PersonalDataDisclosedEvent.class)).singleElement()
                .satisfies(disclosed -> assertThat(disclosed.recipient()).isEqualTo(SISTER));

        as("dpo", post("/api/customers/" + customerId + "/erasure")).andExpect(status().isNoContent());

        assertThat(stored(customerId, ConsentGivenEvent.class)).extracting(ConsentGivenEvent::recipient)
                .containsExactly(PersonalData.ERASED);
        assertThat(stored(customerId, PersonalDataDisclosedEvent.class)).extracting(PersonalDataDisclosedEvent::recipient)
                .containsExactly(PersonalData.ERASED);
    }

    @Test
    void keeps_AnOldClearRecipientUsableWhileTheKeyLives_AndReadsItAsErasedAfterErasure() throws Exception {
        UUID customerId = register();
        consentTo(customerId, SISTER);
        long consentSequence = eventStore.lastSequenceNumberFor(customerId.toString()).orElseThrow();
        storeAsRevisionOne(customerId, consentSequence);

        // the aggregate reads the old consent through the upcaster and the disclosure rests on it
        disclose(customerId, SISTER);
        assertThat(stored(customerId, ConsentGivenEvent.class)).singleElement().satisfies(consent -> {
            assertThat(consent.namedParty()).isNull();
            assertThat(consent.recipient()).isEqualTo(SISTER);
        });

        as("dpo", post("/api/customers/" + customerId + "/erasure")).andExpect(status().isNoContent());

        assertThat(stored(customerId, ConsentGivenEvent.class)).extracting(ConsentGivenEvent::recipient)
                .containsExactly(PersonalData.ERASED);
        // the residual docs/crypto-shredding.md lists: an old row keeps its clear bytes, only no reader shows them
        assertThat(rawRows(customerId).contains("sister")).isTrue();
    }

    /** Rewrites a stored consent into the shape revision 1 stored: the recipient in clear, no named party. */
    private void storeAsRevisionOne(UUID customerId, long sequence) throws Exception {
        String where = " where aggregate_identifier = ? and sequence_number = ?";
        byte[] payload = jdbc.queryForObject("select payload from domain_event_entry" + where, byte[].class,
                customerId.toString(), sequence);
        ObjectNode old = (ObjectNode) objectMapper.readTree(payload);
        old.remove("namedParty");
        old.put("recipient", SISTER);
        assertThat(jdbc.update("update domain_event_entry set payload = ?, payload_revision = '1'" + where,
                objectMapper.writeValueAsBytes(old), customerId.toString(), sequence)).isEqualTo(1);
    }
}
