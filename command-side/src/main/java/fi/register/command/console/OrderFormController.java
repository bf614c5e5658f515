package fi.register.command.console;

import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Locale;
import java.util.UUID;

/**
 * Staff place an order through the API's own request and rules: a product, sale or rental, a delivery address; the
 * order is billed, so a customer with no address (nor billing details) on record is refused above the form, with the
 * way to add one. Accepted: 303 to the card. Refused: the form again (422), each refusal next to its field, nothing
 * stored.
 */
@Controller
class OrderFormController {

    static final String PATH = ConsoleFormAccess.FORMS + "/customers/{customerId}/orders";

    private final CommandGateway commandGateway;
    private final Validator validator;
    private final MessageSource messages;

    OrderFormController(CommandGateway commandGateway, Validator validator, MessageSource messages) {
        this.commandGateway = commandGateway;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(@PathVariable UUID customerId, Model model, Locale locale) {
        return page(customerId, OrderForm.blank(), new FormRefusals(), model, locale);
    }

    @PostMapping(PATH)
    Object place(@PathVariable UUID customerId, OrderForm form, Model model, Locale locale,
                 HttpServletResponse response) {
        return FormSubmission.answer(FormSubmission.submit(form, OrderForm::toRequest, validator,
                        request -> commandGateway.sendAndWait(request.toCommand(customerId, UUID.randomUUID()))),
                customerId, response, (shown, refusals) -> page(customerId, shown, refusals, model, locale));
    }

    private String page(UUID customerId, OrderForm form, FormRefusals refusals, Model model, Locale locale) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("form", form);
        model.addAttribute("refusals", refusals.messages(messages, locale, form.values().keySet()));
        model.addAttribute("products", Product.values());
        model.addAttribute("terms", OrderTerms.values());
        return "console/order";
    }
}
