package fi.register.command.console;

import fi.register.command.interview.DateOfBirthServices;
import fi.register.command.menu.CustomerGroups;
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
 * Staff record the local interview through the API's own request and rules: health data, so refused (above the
 * form, plainly) unless the customer's HEALTH_DATA consent is in force; the date of birth only for the services that
 * need it. Accepted: 303 to the card. Refused: the form again (422), each refusal next to its field, nothing stored.
 */
@Controller
class InterviewFormController {

    static final String PATH = ConsoleFormAccess.FORMS + "/customers/{customerId}/interviews";

    private final CommandGateway commandGateway;
    private final Validator validator;
    private final CustomerGroups menu;
    private final DateOfBirthServices dateOfBirthServices;
    private final MessageSource messages;

    InterviewFormController(CommandGateway commandGateway, Validator validator, CustomerGroups menu,
                            DateOfBirthServices dateOfBirthServices, MessageSource messages) {
        this.commandGateway = commandGateway;
        this.validator = validator;
        this.menu = menu;
        this.dateOfBirthServices = dateOfBirthServices;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(@PathVariable UUID customerId, Model model, Locale locale) {
        return page(customerId, InterviewForm.blank(), new FormRefusals(), model, locale);
    }

    @PostMapping(PATH)
    Object record(@PathVariable UUID customerId, InterviewForm form, Model model, Locale locale,
                  HttpServletResponse response) {
        return FormSubmission.answer(FormSubmission.submit(form, InterviewForm::toRequest, validator,
                        request -> commandGateway.sendAndWait(request.toCommand(customerId, UUID.randomUUID()))),
                customerId, response, (shown, refusals) -> page(customerId, shown, refusals, model, locale));
    }

    private String page(UUID customerId, InterviewForm form, FormRefusals refusals, Model model, Locale locale) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("form", form);
        model.addAttribute("refusals", refusals.messages(messages, locale, form.values().keySet()));
        model.addAttribute("services", menu.customerGroups());
        model.addAttribute("dateOfBirthServices", String.join(", ", dateOfBirthServices.dateOfBirthServices()));
        return "console/interview";
    }
}
