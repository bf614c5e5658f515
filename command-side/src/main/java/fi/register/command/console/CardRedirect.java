package fi.register.command.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

import java.util.UUID;

/** Where every accepted form leads: 303 to the customer's card, its URL holding the id only, never the form's values. */
final class CardRedirect {

    private CardRedirect() {
    }

    static RedirectView to(UUID customerId) {
        return to(customerId, "");
    }

    /** With a query the card itself understands (a just-registered customer's bounded wait), nothing personal. */
    static RedirectView to(UUID customerId, String query) {
        RedirectView card = new RedirectView(RegistrationFormController.CARD + customerId + query, true);
        card.setStatusCode(HttpStatus.SEE_OTHER);
        card.setExposeModelAttributes(false);
        return card;
    }
}
