package fi.register.query.recipients;

import fi.register.events.disclosure.NotificationOutcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The data protection officer's screen of recipients still to be told (GDPR Art. 19), the list of
 * {@code GET /api/recipient-notifications}, each with the form that records the outcome on the command side. Ids,
 * codes and field names only, so nothing goes to the read audit. Under {@code ConsoleAccess.DPO_PAGES}.
 */
@Controller
class RecipientsToTellPageController {

    static final String PATH = "/console/dpo/recipients";

    private final RecipientNotifications notifications;

    RecipientsToTellPageController(RecipientNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("recipients", notifications.stillToTell());
        model.addAttribute("outcomes", NotificationOutcome.values());
        return "console/recipients";
    }
}
