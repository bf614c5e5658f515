package fi.register.command.console;

import fi.register.command.address.AddressRequest;
import fi.register.command.order.DeliveryAddressMergePatch;
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
 * Staff correct an order's delivery address (right to rectification), drawn prefilled by the query side and posted
 * here, through the same merge patch, validator and command as {@code PATCH /api/customers/{id}/orders/{orderId}}:
 * the address is replaced whole when any part of it changed, each missing part refused next to it. Every part emptied
 * is sent as clearing it, for the aggregate to refuse (an order is always delivered somewhere). Accepted: 303 to the
 * card. Refused: the form again (422), nothing stored.
 */
@Controller
class DeliveryAddressCorrectionFormController {

    static final String PATH = ConsoleFormAccess.FORMS + "/customers/{customerId}/orders/{orderId}";
    static final List<String> FIELDS = List.of("street", "postalCode", "city", "country");

    private final CommandGateway commandGateway;
    private final Validator validator;
    private final MessageSource messages;

    DeliveryAddressCorrectionFormController(CommandGateway commandGateway, Validator validator, MessageSource messages) {
        this.commandGateway = commandGateway;
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping(PATH)
    Object correct(@PathVariable UUID customerId, @PathVariable UUID orderId, @RequestParam Map<String, String> posted,
                   Model model, Locale locale, HttpServletResponse response) {
        RecordCorrectionForm form = RecordCorrectionForm.posted(FIELDS, posted);
        return FormSubmission.answer(FormSubmission.submit(form, DeliveryAddressCorrectionFormController::patch,
                        validator, patch -> commandGateway.sendAndWait(patch.toCommand(customerId, orderId))),
                customerId, response, (shown, refusals) -> {
                    model.addAttribute("customerId", customerId);
                    model.addAttribute("orderId", orderId);
                    model.addAttribute("details", shown.details());
                    model.addAttribute("was", shown.was());
                    model.addAttribute("refusals", refusals.messages(messages, locale, shown.details().keySet()));
                    return "console/delivery-address-correction";
                });
    }

    /** Nothing changed: an empty patch, which the aggregate answers "nothing to rectify". */
    private static DeliveryAddressMergePatch patch(RecordCorrectionForm form) {
        DeliveryAddressMergePatch patch = new DeliveryAddressMergePatch();
        if (FIELDS.stream().anyMatch(form::changed)) {
            patch.setDeliveryAddress(FIELDS.stream().allMatch(field -> form.entered(field) == null) ? null
                    : new AddressRequest(form.entered("street"), form.entered("postalCode"), form.entered("city"),
                    form.entered("country")));
        }
        return patch;
    }
}
