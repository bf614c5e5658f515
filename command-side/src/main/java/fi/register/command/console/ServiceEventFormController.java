package fi.register.command.console;

import fi.register.command.menu.CustomerGroups;
import fi.register.events.service.ServiceEventKind;
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
 * Staff record a service that took place without a booking (a device handed over, a monitoring period ended...)
 * through the API's own request and rules: a service from the menu, a kind of event that service has. Accepted: 303
 * to the card. Refused: the form again (422), each refusal next to its field, nothing stored.
 */
@Controller
class ServiceEventFormController {

    static final String PATH = ConsoleFormAccess.FORMS + "/customers/{customerId}/service-events";

    private final CommandGateway commandGateway;
    private final Validator validator;
    private final CustomerGroups menu;
    private final MessageSource messages;

    ServiceEventFormController(CommandGateway commandGateway, Validator validator, CustomerGroups menu,
                               MessageSource messages) {
        this.commandGateway = commandGateway;
        this.validator = validator;
        this.menu = menu;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(@PathVariable UUID customerId, Model model, Locale locale) {
        return page(customerId, ServiceEventForm.blank(), new FormRefusals(), model, locale);
    }

    @PostMapping(PATH)
    Object record(@PathVariable UUID customerId, ServiceEventForm form, Model model, Locale locale,
                  HttpServletResponse response) {
        return FormSubmission.answer(FormSubmission.submit(form, ServiceEventForm::toRequest, validator,
                        request -> commandGateway.sendAndWait(request.toCommand(customerId, UUID.randomUUID()))),
                customerId, response,
                (shown, refusals) -> page(customerId, shown, refusals.renamed("kind", "eventKind"), model, locale));
    }

    private String page(UUID customerId, ServiceEventForm form, FormRefusals refusals, Model model, Locale locale) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("form", form);
        model.addAttribute("refusals", refusals.messages(messages, locale, form.values().keySet()));
        model.addAttribute("services", menu.customerGroups());
        model.addAttribute("kinds", ServiceEventKind.values());
        return "console/service-event";
    }
}
