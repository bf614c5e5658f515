package fi.register.command.console;

import fi.register.command.customer.CustomerRegistration;
import fi.register.command.customer.RegisterCustomerRequest;
import fi.register.command.menu.CustomerGroups;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Staff register a customer (a person or a company) with what the intake has. The form takes the API's path: the
 * same request, its constraints checked by the same validator, the same command sent through
 * {@link CustomerRegistration}. Accepted: 303 to the customer card (by id only). Refused: the form again (422) with
 * the values entered and each refusal next to its field; nothing is stored, and no value goes into a URL.
 */
@Controller
@RequestMapping(RegistrationFormController.PATH)
class RegistrationFormController {

    static final String PATH = ConsoleFormAccess.FORMS + "/registration";
    static final String CARD = "/console/customers/";
    /** The card knows by this that the customer was just registered: see the query side's customer card. */
    static final String JUST_REGISTERED = "?registered=1";

    private final CustomerRegistration registration;
    private final Validator validator;
    private final CustomerGroups groups;
    private final MessageSource messages;

    RegistrationFormController(CustomerRegistration registration, Validator validator, CustomerGroups groups,
                               MessageSource messages) {
        this.registration = registration;
        this.validator = validator;
        this.groups = groups;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model, Locale locale) {
        return page(RegistrationForm.blank(locale.getLanguage()), new FormRefusals(), model, locale);
    }

    @PostMapping
    Object register(RegistrationForm form, Model model, Locale locale, HttpServletResponse response) {
        FormRefusals screened = FormRefusals.screen(form.values());
        if (!screened.isEmpty()) {
            // as the API's screen: refused before anything reads it further, and not shown back
            return refused(form.without(screened.fields()), screened, model, locale, response);
        }
        RegisterCustomerRequest request = form.toRequest();
        Set<ConstraintViolation<RegisterCustomerRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return refused(form, FormRefusals.of(violations), model, locale, response);
        }
        UUID[] registered = new UUID[1];
        Optional<FormRefusals> refusals = FormRefusals.whenSending(() -> registered[0] = registration.register(request));
        if (refusals.isPresent()) {
            return refused(form, refusals.get(), model, locale, response);
        }
        return CardRedirect.to(registered[0], JUST_REGISTERED);
    }

    private String refused(RegistrationForm form, FormRefusals refusals, Model model, Locale locale,
                           HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(form, refusals, model, locale);
    }

    private String page(RegistrationForm form, FormRefusals refusals, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("refusals", refusals.messages(messages, locale, form.values().keySet()));
        model.addAttribute("customerGroups", groups.customerGroups());
        model.addAttribute("languages", List.of("fi", "sv", "en"));
        return "console/registration";
    }
}
