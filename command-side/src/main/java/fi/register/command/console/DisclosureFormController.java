package fi.register.command.console;

import fi.register.autoconfigure.parties.NamedParties;
import fi.register.events.disclosure.DisclosedField;
import fi.register.rules.NamedParty;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Staff record a disclosure to a party the register description names (register.named-parties), of the fields
 * chosen, through the API's own request and rules: what the party's role covers for a customer of its service, else
 * the customer's written DISCLOSURE consent for it (refused next to the recipient); order fields never. Accepted: 303
 * to the card. Refused: the form again (422), each refusal next to its field, nothing stored.
 */
@Controller
class DisclosureFormController {

    static final String PATH = ConsoleFormAccess.FORMS + "/customers/{customerId}/disclosures";

    private final CommandGateway commandGateway;
    private final Validator validator;
    private final NamedParties parties;
    private final MessageSource messages;

    DisclosureFormController(CommandGateway commandGateway, Validator validator, NamedParties parties,
                             MessageSource messages) {
        this.commandGateway = commandGateway;
        this.validator = validator;
        this.parties = parties;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(@PathVariable UUID customerId, Model model, Locale locale) {
        return page(customerId, DisclosureForm.blank(), new FormRefusals(), model, locale);
    }

    @PostMapping(PATH)
    Object disclose(@PathVariable UUID customerId, DisclosureForm form, Model model, Locale locale,
                    HttpServletResponse response) {
        return FormSubmission.answer(FormSubmission.submit(form, DisclosureForm::toRequest, validator,
                        request -> commandGateway.sendAndWait(request.toCommand(customerId, UUID.randomUUID()))),
                customerId, response, (shown, refusals) -> page(customerId, shown, refusals, model, locale));
    }

    private String page(UUID customerId, DisclosureForm form, FormRefusals refusals, Model model, Locale locale) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("form", form);
        model.addAttribute("refusals", refusals.messages(messages, locale, form.values().keySet()));
        model.addAttribute("parties", Arrays.stream(NamedParty.values()).map(parties::nameOf).toList());
        model.addAttribute("fields", Arrays.stream(DisclosedField.values()).map(DisclosedField::name).toList());
        return "console/disclosure";
    }
}
