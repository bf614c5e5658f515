package fi.register.command.console;

import fi.register.command.recommendation.RecommendationMergePatch;
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
 * Staff correct a program recommendation (right to rectification), drawn prefilled by the query side and posted here
 * as the same merge patch, validator and command as
 * {@code PATCH /api/customers/{id}/recommendations/{recommendationId}}: only the fields changed; one emptied is cleared
 * (the rationale may be; the others are refused next to them by the aggregate). A duration that is no whole number is
 * sent as none, so it is refused next to its field. Accepted: 303 to the card. Refused: the form again (422).
 */
@Controller
class RecommendationCorrectionFormController {

    static final String PATH = ConsoleFormAccess.FORMS + "/customers/{customerId}/recommendations/{recommendationId}";
    static final List<String> FIELDS = List.of("program", "intensity", "durationMinutes", "rationale");

    private final CommandGateway commandGateway;
    private final Validator validator;
    private final MessageSource messages;

    RecommendationCorrectionFormController(CommandGateway commandGateway, Validator validator, MessageSource messages) {
        this.commandGateway = commandGateway;
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping(PATH)
    Object correct(@PathVariable UUID customerId, @PathVariable UUID recommendationId,
                   @RequestParam Map<String, String> posted, Model model, Locale locale, HttpServletResponse response) {
        RecordCorrectionForm form = RecordCorrectionForm.posted(FIELDS, posted);
        return FormSubmission.answer(FormSubmission.submit(form, RecommendationCorrectionFormController::patch,
                        validator, patch -> commandGateway.sendAndWait(patch.toCommand(customerId, recommendationId))),
                customerId, response, (shown, refusals) -> {
                    model.addAttribute("customerId", customerId);
                    model.addAttribute("recommendationId", recommendationId);
                    model.addAttribute("details", shown.details());
                    model.addAttribute("was", shown.was());
                    model.addAttribute("refusals", refusals.messages(messages, locale, shown.details().keySet()));
                    return "console/recommendation-correction";
                });
    }

    private static RecommendationMergePatch patch(RecordCorrectionForm form) {
        RecommendationMergePatch patch = new RecommendationMergePatch();
        if (form.changed("program")) {
            patch.setProgram(form.entered("program"));
        }
        if (form.changed("intensity")) {
            patch.setIntensity(form.entered("intensity"));
        }
        if (form.changed("durationMinutes")) {
            patch.setDurationMinutes(FormFields.number(form.entered("durationMinutes")));
        }
        if (form.changed("rationale")) {
            patch.setRationale(form.entered("rationale"));
        }
        return patch;
    }
}
