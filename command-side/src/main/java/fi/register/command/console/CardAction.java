package fi.register.command.console;

import jakarta.servlet.http.HttpServletResponse;
import fi.register.autoconfigure.console.HtmxFragment;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A button on the customer card (cancel a booking, withdraw a consent): its command sent, then back to the card, or a
 * page that says why not. {@code messagePrefix} names the page's title and heading in the bundles. Posted by htmx, a
 * refusal is that page's {@code refusal} alone, which the button's form swaps in beside the button (the card stays);
 * the way back to the card is htmx's {@code HX-Redirect}, as for every form.
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
        return refused(refusals.get(), customerId, messagePrefix, messages, model, locale, response);
    }

    /** The page that says why the button's command was not done; for htmx, the sentence alone, for beside the button. */
    static String refused(FormRefusals refusals, UUID customerId, String messagePrefix, MessageSource messages,
                          Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("customerId", customerId);
        model.addAttribute("messagePrefix", messagePrefix);
        model.addAttribute("refusals", refusals.messages(messages, locale, Set.of()));
        HtmxFragment.answer(model, "refusal");
        return "console/card-action-refused";
    }
}
