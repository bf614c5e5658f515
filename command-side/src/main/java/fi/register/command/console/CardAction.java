package fi.register.command.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A button on the customer card (cancel a booking, withdraw a consent): its command sent, then back to the card, or a
 * page that says why not. {@code messagePrefix} names the page's title and heading in the bundles.
 */
final class CardAction {

    private CardAction() {
    }

    static Object send(Runnable command, UUID customerId, String messagePrefix, MessageSource messages, Model model,
                       Locale locale, HttpServletResponse response) {
        Optional<FormRefusals> refusals = FormRefusals.whenSending(command);
        if (refusals.isEmpty()) {
            return CardRedirect.to(customerId);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("customerId", customerId);
        model.addAttribute("messagePrefix", messagePrefix);
        model.addAttribute("refusals", refusals.get().messages(messages, locale, Set.of()));
        return "console/card-action-refused";
    }
}
