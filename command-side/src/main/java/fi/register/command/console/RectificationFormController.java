package fi.register.command.console;

import fi.register.command.customer.CustomerRegistration;
import fi.register.command.customer.RectifyCustomerRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Staff correct a customer's details (right to rectification). The form is drawn prefilled by the query side, from
 * the card's view (the command side keeps no readable copy of the details); it is posted here and takes the API's
 * path: the same request, validator and command as {@code PUT /api/customers/{id}}. Accepted: 303 to the card.
 * Refused: the form again (422) with the values entered, each refusal next to its field, nothing stored.
 */
@Controller
class RectificationFormController {

    static final String PATH = ConsoleFormAccess.FORMS + "/customers/{customerId}/details";

    private final CustomerRegistration customers;
    private final Validator validator;
    private final MessageSource messages;

    RectificationFormController(CustomerRegistration customers, Validator validator, MessageSource messages) {
        this.customers = customers;
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping(PATH)
    Object rectify(@PathVariable UUID customerId, @RequestParam Map<String, String> posted, Model model, Locale locale,
                   HttpServletResponse response) {
        RectificationForm form = RectificationForm.posted(posted);
        FormRefusals screened = FormRefusals.screen(form.values());
        if (!screened.isEmpty()) {
            return refused(customerId, form.without(screened.fields()), screened, model, locale, response);
        }
        RectifyCustomerRequest request = form.toRequest();
        Set<ConstraintViolation<RectifyCustomerRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return refused(customerId, form, FormRefusals.of(violations), model, locale, response);
        }
        Optional<FormRefusals> refusals = FormRefusals.whenSending(() -> customers.rectify(customerId, request));
        if (refusals.isPresent()) {
            return refused(customerId, form, refusals.get(), model, locale, response);
        }
        return CardRedirect.to(customerId);
    }

    private String refused(UUID customerId, RectificationForm form, FormRefusals refusals, Model model, Locale locale,
                           HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        Set<String> shown = new HashSet<>(RectificationForm.FIELDS);
        model.addAttribute("customerId", customerId);
        model.addAttribute("kind", form.kind());
        model.addAttribute("details", form.details());
        model.addAttribute("was", form.was());
        model.addAttribute("refusals", refusals.messages(messages, locale, shown));
        return "console/rectification";
    }
}
