package fi.register.query.recipients;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.NotificationOutcome;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.disclosure.RecipientChange;
import fi.register.events.disclosure.RecipientNotifiedEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.query.EventStream;
import fi.register.query.ProcessorCatchUp;
import fi.register.query.QuerySideHttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GDPR Art. 19 on the query side: after a rectification of a disclosed field, and after an erasure, the data
 * protection officer sees the recipients still to be told (who, which fields, which change), an erased subject's as
 * named parties' codes and field names only; a recipient recorded as told leaves the list and stays in the
 * customer's; staff and management are refused.
 */
class RecipientNotificationApiTest extends QuerySideHttpTestSupport {

    private static final String STILL_TO_TELL = "/api/recipient-notifications";

    @Test
    void listsTheRecipientsToTell_OfARectificationOfWhatTheyReceived_AndOfTheErasure_WithoutPersonalValues()
            throws Exception {
        Instant now = context.getBean(Clock.class).instant();
        UUID customerId = UUID.randomUUID();
        UUID toEmfit = UUID.randomUUID();
        UUID toRelative = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        events.append(new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Vastaan", "Ottajainen", null, null,
                null, null, "vastaan@example.invalid", "+358 40 000 0031", "EMFIT_MONITORING", "fi", now), "staff",
                LegalBasis.CONTRACT);
        events.append(new PersonalDataDisclosedEvent(customerId, toEmfit, "EMFIT", null,
                EnumSet.of(DisclosedField.NAME, DisclosedField.EMAIL, DisclosedField.PHONE), null, now), "staff",
                LegalBasis.CONTRACT);
        events.append(new PersonalDataDisclosedEvent(customerId, toRelative, null, "Sukulainen Testinen",
                EnumSet.of(DisclosedField.NAME), null, now), "staff", LegalBasis.CONSENT, UUID.randomUUID());
        long phoneCorrected = events.append(new CustomerRectifiedEvent(customerId, Set.of(CustomerField.PHONE), null,
                null, null, null, null, null, null, "+358 40 000 0032", null, null, now), "staff",
                LegalBasis.LEGAL_OBLIGATION);
        ProcessorCatchUp.awaitCaughtUp(context, RecipientNotificationProjection.PROCESSING_GROUP);

        List<JsonNode> afterRectification = ofCustomer(stillToTell(), customerId);
        assertThat(afterRectification).hasSize(1);
        JsonNode emfit = afterRectification.get(0);
        assertThat(emfit.path("disclosureId").asText()).isEqualTo(toEmfit.toString());
        assertThat(emfit.path("namedParty").asText()).isEqualTo("EMFIT");
        assertThat(emfit.path("recipientName").asText()).isEqualTo("Emfit Oy");
        assertThat(emfit.path("change").asText()).isEqualTo("RECTIFICATION");
        assertThat(emfit.path("changeSequence").asLong()).isEqualTo(phoneCorrected);
        assertThat(emfit.path("fields").toString()).isEqualTo("[\"PHONE\"]");

        protection.keyStore().destroy(customerId);
        long erased = events.append(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, now), "dpo",
                LegalBasis.LEGAL_OBLIGATION);
        events.append(new RecipientNotifiedEvent(customerId, toEmfit, "EMFIT", phoneCorrected,
                RecipientChange.RECTIFICATION, EnumSet.of(DisclosedField.PHONE), NotificationOutcome.TOLD, now), "dpo",
                LegalBasis.LEGAL_OBLIGATION);
        ProcessorCatchUp.awaitCaughtUp(context, RecipientNotificationProjection.PROCESSING_GROUP);

        String list = http.withBasicAuth("dpo", "dpo").getForObject(STILL_TO_TELL, String.class);
        List<JsonNode> afterErasure = ofCustomer(json.readTree(list), customerId);
        assertThat(afterErasure).extracting(duty -> duty.path("change").asText()).containsOnly("ERASURE");
        assertThat(afterErasure).extracting(duty -> duty.path("changeSequence").asLong()).containsOnly(erased);
        assertThat(afterErasure).extracting(duty -> duty.path("disclosureId").asText())
                .containsExactlyInAnyOrder(toEmfit.toString(), toRelative.toString());
        assertThat(afterErasure).allSatisfy(duty -> assertThat(duty.path("subjectErased").asBoolean()).isTrue());
        JsonNode relative = afterErasure.stream()
                .filter(duty -> duty.path("disclosureId").asText().equals(toRelative.toString())).findFirst().orElseThrow();
        assertThat(relative.path("namedParty").isNull()).isTrue();
        assertThat(relative.path("fields").toString()).isEqualTo("[\"NAME\"]");
        assertThat(list).doesNotContain("Sukulainen", "Testinen", "Vastaan", "Ottajainen", "vastaan@", "000 003");

        // the one told leaves the list of those still to tell, and stays in the customer's, with its outcome
        JsonNode customers = json.readTree(http.withBasicAuth("dpo", "dpo")
                .getForObject("/api/customers/" + customerId + "/recipient-notifications", String.class));
        JsonNode told = ofCustomer(customers, customerId).stream()
                .filter(duty -> duty.path("changeSequence").asLong() == phoneCorrected).findFirst().orElseThrow();
        assertThat(told.path("outcome").asText()).isEqualTo("TOLD");
        assertThat(customers.size()).isEqualTo(3);
    }

    @Test
    void rejects_WhenStaffOrManagementOrNobodyAsksForTheRecipientsToTell() throws Exception {
        String ofCustomer = "/api/customers/" + UUID.randomUUID() + "/recipient-notifications";
        for (String user : List.of("staff", "management", "reporting")) {
            for (String path : List.of(STILL_TO_TELL, ofCustomer)) {
                assertProblem(http.withBasicAuth(user, user).getForEntity(path, String.class), HttpStatus.FORBIDDEN,
                        "forbidden");
            }
        }
        assertProblem(http.getForEntity(STILL_TO_TELL, String.class), HttpStatus.UNAUTHORIZED, "unauthenticated");
    }

    private JsonNode stillToTell() throws Exception {
        return json.readTree(http.withBasicAuth("dpo", "dpo").getForObject(STILL_TO_TELL, String.class));
    }

    private static List<JsonNode> ofCustomer(JsonNode list, UUID customerId) {
        List<JsonNode> found = new java.util.ArrayList<>();
        list.forEach(duty -> {
            if (duty.path("customerId").asText().equals(customerId.toString())) {
                found.add(duty);
            }
        });
        return found;
    }
}
