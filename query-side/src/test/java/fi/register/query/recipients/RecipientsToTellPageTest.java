package fi.register.query.recipients;

import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.query.EventStream;
import fi.register.query.ProcessorCatchUp;
import fi.register.query.QuerySideHttpTestSupport;
import fi.register.query.console.ConsoleSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data protection officer's console screen of recipients to tell (GDPR Art. 19): each recipient with the change
 * in words, the fields it reached and the form that posts the outcome to the command side; no personal value; staff
 * and management refused by the server.
 */
class RecipientsToTellPageTest extends QuerySideHttpTestSupport {

    private static final String PAGE = "/console/dpo/recipients";

    @Test
    void listsTheRecipientToTell_WithTheChangeInWords_AndPostsTheOutcomeToTheCommandSide() {
        Instant now = context.getBean(Clock.class).instant();
        UUID customerId = UUID.randomUUID();
        UUID disclosureId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        events.append(new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Näkyvä", "Sivutestinen", null, null,
                null, null, "nakyva@example.invalid", null, "EMFIT_MONITORING", "fi", now), "staff", LegalBasis.CONTRACT);
        events.append(new PersonalDataDisclosedEvent(customerId, disclosureId, "BOOKING_SYSTEM", null,
                EnumSet.of(DisclosedField.NAME, DisclosedField.EMAIL), null, now), "staff", LegalBasis.CONTRACT);
        long rectification = events.append(new CustomerRectifiedEvent(customerId, Set.of(CustomerField.EMAIL), null,
                null, null, null, null, null, "uusi.nakyva@example.invalid", null, null, null, now), "staff",
                LegalBasis.LEGAL_OBLIGATION);
        ProcessorCatchUp.awaitCaughtUp(context, RecipientNotificationProjection.PROCESSING_GROUP);

        HttpResponse<String> page = ConsoleSession.signedIn(http.getRootUri(), "dpo").get(PAGE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"recipients-to-tell\"", "Tehden asiakashallintajärjestelmä (Avoinna24)",
                        "Oikaisu", ">sähköposti<",
                        "action=\"/console/forms/dpo/customers/" + customerId + "/recipient-notifications\"",
                        "value=\"" + disclosureId + "\"", "name=\"changeSequence\" value=\"" + rectification + "\"",
                        "Ilmoittaminen osoittautui mahdottomaksi")
                .doesNotContain("Näkyvä", "Sivutestinen", "nakyva@", "??");
    }

    @Test
    void rejects_WhenStaffOrManagementOpenTheScreen() {
        for (String user : List.of("staff", "management")) {
            assertThat(ConsoleSession.signedIn(http.getRootUri(), user).get(PAGE).statusCode()).as(user).isEqualTo(403);
        }
    }
}
