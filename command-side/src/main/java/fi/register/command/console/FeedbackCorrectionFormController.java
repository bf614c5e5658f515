package fi.register.command.console;

import fi.register.command.recommendation.FeedbackMergePatch;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Staff correct the customer's feedback on a program (right to rectification), drawn prefilled by the query side and
 * posted here as the same merge patch, validator and command as {@code PATCH /api/customers/{id}/feedback/{feedbackId}}:
 * only the fields changed. Nothing in feedback may be cleared, so a field emptied (or a rating that is no whole
 * number) is refused next to it. Accepted: 303 to the card. Refused: the form again (422).
 */
@Controller
class FeedbackCorrectionFormController {

    static final String PATH = ConsoleFormAccess.FORMS + "/customers/{customerId}/feedback/{feedbackId}";
    static final List<String> FIELDS = List.of("program", "effect", "rating");

    private final CommandGateway commandGateway;
    private final Validator validator;
    private final MessageSource messages;

    FeedbackCorrectionFormController(CommandGateway commandGateway, Validator validator, MessageSource messages) {
        this.commandGateway = commandGateway;
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping(PATH)
    Object correct(@PathVariable UUID customerId, @PathVariable UUID feedbackId, @RequestParam Map<String, String> posted,
                   Model model, Locale locale, HttpServletResponse response) {
        RecordCorrectionForm form = RecordCorrectionForm.posted(FIELDS, posted);
        return FormSubmission.answer(FormSubmission.submit(form, FeedbackCorrectionFormController::patch, validator,
                        patch -> commandGateway.sendAndWait(patch.toCommand(customerId, feedbackId))),
                customerId, response, (shown, refusals) -> {
                    model.addAttribute("customerId", customerId);
                    model.addAttribute("feedbackId", feedbackId);
                    model.addAttribute("details", shown.details());
                    model.addAttribute("was", shown.was());
                    model.addAttribute("refusals", refusals.messages(messages, locale, shown.details().keySet()));
                    return "console/feedback-correction";
                });
    }

    private static FeedbackMergePatch patch(RecordCorrectionForm form) {
        FeedbackMergePatch patch = new FeedbackMergePatch();
        if (form.changed("program")) {
            patch.setProgram(form.entered("program"));
        }
        if (form.changed("effect")) {
            patch.setEffect(form.entered("effect"));
        }
        if (form.changed("rating")) {
            patch.setRating(FormFields.number(form.entered("rating")));
        }
        return patch;
    }
}
