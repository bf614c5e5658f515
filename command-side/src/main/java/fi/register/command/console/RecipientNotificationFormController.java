package fi.register.command.console;

import fi.register.command.disclosure.RecordRecipientNotifiedRequest;
import fi.register.events.disclosure.NotificationOutcome;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import java.util.Locale;
import java.util.UUID;

/**
 * The data protection officer records that a recipient was told of a rectification or erasure (GDPR Art. 19), or why
 * that proved impossible, from the query side's list of recipients to tell, through the API's own command and rules
 * ({@code POST /api/customers/{id}/recipient-notifications}). Accepted: 303 back to the list. Refused: the page that
 * says why; nothing stored. Works for an erased customer too: the record needs nothing the destroyed key sealed.
 */
@Controller
class RecipientNotificationFormController {

    static final String PATH = ConsoleFormAccess.DPO_PAGES + "/customers/{customerId}/recipient-notifications";
    /** The query side's list of recipients still to be told. */
    static final String TO_TELL = "/console/dpo/recipients";

    private final CommandGateway commandGateway;
    private final MessageSource messages;

    RecipientNotificationFormController(CommandGateway commandGateway, MessageSource messages) {
        this.commandGateway = commandGateway;
        this.messages = messages;
    }

    @PostMapping(PATH)
    Object record(@PathVariable UUID customerId, @RequestParam(defaultValue = "") String disclosureId,
                  @RequestParam(defaultValue = "") String changeSequence, @RequestParam(defaultValue = "") String outcome,
                  Model model, Locale locale, HttpServletResponse response) {
        // a value missing or unreadable reaches the command bus as null, whose constraints refuse it as the API does
        RecordRecipientNotifiedRequest request = new RecordRecipientNotifiedRequest(uuid(disclosureId),
                sequence(changeSequence), FormFields.choice(NotificationOutcome.class, outcome));
        Object recorded = CardAction.send(() -> commandGateway.sendAndWait(request.toCommand(customerId)), customerId,
                "recipientNotification.refused", messages, model, locale, response);
        return recorded instanceof RedirectView ? toTell() : recorded;
    }

    private static RedirectView toTell() {
        RedirectView list = new RedirectView(TO_TELL, true);
        list.setStatusCode(HttpStatus.SEE_OTHER);
        list.setExposeModelAttributes(false);
        return list;
    }

    private static UUID uuid(String value) {
        try {
            return value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long sequence(String value) {
        try {
            return value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
