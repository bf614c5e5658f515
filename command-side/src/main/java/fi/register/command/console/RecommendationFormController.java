package fi.register.command.console;

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
 * Staff recommend a relaxation program, and record the customer's feedback on one, through the API's own requests
 * and rules: both health data, so refused (above the form) unless the customer's HEALTH_DATA consent is in force.
 * Accepted: 303 to the card. Refused: the form again (422), each refusal next to its field, nothing stored.
 */
@Controller
class RecommendationFormController {

    static final String RECOMMENDATION = ConsoleFormAccess.FORMS + "/customers/{customerId}/recommendations";
    static final String FEEDBACK = ConsoleFormAccess.FORMS + "/customers/{customerId}/feedback";

    private final CommandGateway commandGateway;
    private final Validator validator;
    private final MessageSource messages;

    RecommendationFormController(CommandGateway commandGateway, Validator validator, MessageSource messages) {
        this.commandGateway = commandGateway;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping(RECOMMENDATION)
    String recommendationForm(@PathVariable UUID customerId, Model model, Locale locale) {
        return page("console/recommendation", customerId, RecommendationForm.blank(), new FormRefusals(), model, locale);
    }

    @PostMapping(RECOMMENDATION)
    Object recommend(@PathVariable UUID customerId, RecommendationForm form, Model model, Locale locale,
                     HttpServletResponse response) {
        return FormSubmission.answer(FormSubmission.submit(form, RecommendationForm::toRequest, validator,
                        request -> commandGateway.sendAndWait(request.toCommand(customerId, UUID.randomUUID()))),
                customerId, response,
                (shown, refusals) -> page("console/recommendation", customerId, shown, refusals, model, locale));
    }

    @GetMapping(FEEDBACK)
    String feedbackForm(@PathVariable UUID customerId, Model model, Locale locale) {
        return page("console/feedback", customerId, FeedbackForm.blank(), new FormRefusals(), model, locale);
    }

    @PostMapping(FEEDBACK)
    Object feedback(@PathVariable UUID customerId, FeedbackForm form, Model model, Locale locale,
                    HttpServletResponse response) {
        return FormSubmission.answer(FormSubmission.submit(form, FeedbackForm::toRequest, validator,
                        request -> commandGateway.sendAndWait(request.toCommand(customerId, UUID.randomUUID()))),
                customerId, response,
                (shown, refusals) -> page("console/feedback", customerId, shown, refusals, model, locale));
    }

    private String page(String view, UUID customerId, CommandForm<?> form, FormRefusals refusals, Model model,
                        Locale locale) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("form", form);
        model.addAttribute("refusals", refusals.messages(messages, locale, form.values().keySet()));
        return view;
    }
}
