package fi.register.command.console;

import fi.register.autoconfigure.console.CorrectedRecord;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff correct one of a customer's records (an interview, an order's delivery address, a program recommendation,
 * feedback: right to rectification). The form is drawn prefilled by the query side from the card's view (the command
 * side holds no readable copy) and posted here, where it takes the API's path: the fields changed become the same
 * merge patch, validator and command as {@code PATCH /api/customers/{id}/<records>/{recordId}}
 * ({@link RecordCorrectionPatch}). Accepted: 303 to the card. Refused: the form again (422), each refusal next to its
 * field, nothing stored. Which fields a record has, and how its form reads, is its {@link CorrectedRecord}. (Named
 * apart from the query side's {@code RecordCorrectionFormController}: both are beans of the one-JVM register.)
 */
@Controller
class RecordCorrectionPostController {

    static final String PATH = ConsoleFormAccess.FORMS + "/customers/{customerId}/{records:" + CorrectedRecord.SEGMENTS
            + "}/{recordId}";

    private final CommandGateway commandGateway;
    private final Validator validator;
    private final MessageSource messages;

    RecordCorrectionPostController(CommandGateway commandGateway, Validator validator, MessageSource messages) {
        this.commandGateway = commandGateway;
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping(PATH)
    Object correct(@PathVariable UUID customerId, @PathVariable String records, @PathVariable UUID recordId,
                   @RequestParam Map<String, String> posted,
                   @RequestParam(name = "services", required = false) List<String> services,
                   Model model, Locale locale, HttpServletResponse response) {
        CorrectedRecord record = CorrectedRecord.bySegment(records)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RecordCorrectionForm form = RecordCorrectionForm.posted(record.fieldNames(), posted);
        return FormSubmission.answer(submit(RecordCorrectionPatch.of(record), form, customerId, recordId),
                customerId, response, (shown, refusals) -> {
                    model.addAttribute("record", record);
                    model.addAttribute("customerId", customerId);
                    model.addAttribute("recordId", recordId);
                    model.addAttribute("services", FormFields.chosen(services));
                    model.addAttribute("details", shown.details());
                    model.addAttribute("was", shown.was());
                    model.addAttribute("refusals", refusals.messages(messages, locale, shown.details().keySet()));
                    return "console/record-correction";
                });
    }

    private <P> Optional<FormSubmission.Refused<RecordCorrectionForm>> submit(RecordCorrectionPatch<P> correction,
                                                                             RecordCorrectionForm form, UUID customerId,
                                                                             UUID recordId) {
        return FormSubmission.submit(form, correction.patch(), validator,
                patch -> commandGateway.sendAndWait(correction.command().of(patch, customerId, recordId)));
    }
}
