package fi.register.command.console;

import fi.register.command.interview.InterviewMergePatch;
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
 * Staff correct a recorded interview (right to rectification). The form is drawn prefilled by the query side from
 * the card's view (the command side holds no readable copy) and posted here, where it takes the API's path: the
 * fields changed become the same merge patch, validator and command as
 * {@code PATCH /api/customers/{id}/interviews/{interviewId}}; an optional field emptied is cleared. Accepted: 303 to
 * the card. Refused: the form again (422), each refusal next to its field, nothing stored.
 */
@Controller
class InterviewCorrectionFormController {

    static final String PATH = ConsoleFormAccess.FORMS + "/customers/{customerId}/interviews/{interviewId}";
    static final List<String> FIELDS = List.of("challenges", "programPreferences", "dateOfBirth");

    private final CommandGateway commandGateway;
    private final Validator validator;
    private final MessageSource messages;

    InterviewCorrectionFormController(CommandGateway commandGateway, Validator validator, MessageSource messages) {
        this.commandGateway = commandGateway;
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping(PATH)
    Object correct(@PathVariable UUID customerId, @PathVariable UUID interviewId,
                   @RequestParam Map<String, String> posted,
                   @RequestParam(name = "services", required = false) List<String> services,
                   Model model, Locale locale, HttpServletResponse response) {
        RecordCorrectionForm form = RecordCorrectionForm.posted(FIELDS, posted);
        return FormSubmission.answer(FormSubmission.submit(form, InterviewCorrectionFormController::patch, validator,
                        patch -> commandGateway.sendAndWait(patch.toCommand(customerId, interviewId))),
                customerId, response, (shown, refusals) -> {
                    model.addAttribute("customerId", customerId);
                    model.addAttribute("interviewId", interviewId);
                    model.addAttribute("services", FormFields.chosen(services));
                    model.addAttribute("details", shown.details());
                    model.addAttribute("was", shown.was());
                    model.addAttribute("refusals", refusals.messages(messages, locale, shown.details().keySet()));
                    return "console/interview-correction";
                });
    }

    /** The merge patch of the fields staff changed: a setter called only for those, with null for one emptied. */
    private static InterviewMergePatch patch(RecordCorrectionForm form) {
        InterviewMergePatch patch = new InterviewMergePatch();
        if (form.changed("challenges")) {
            patch.setChallenges(form.entered("challenges"));
        }
        if (form.changed("programPreferences")) {
            patch.setProgramPreferences(form.entered("programPreferences"));
        }
        if (form.changed("dateOfBirth")) {
            patch.setDateOfBirth(form.entered("dateOfBirth"));
        }
        return patch;
    }
}
