package fi.register.command.console;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.ErasureReason;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The data protection officer erases a subject on request: the same command as {@code POST
 * /api/customers/{id}/erasure}. The confirmation that says what will happen is drawn by the query side (it can show
 * whose card this is, and records that read); its button posts here. Accepted: a page saying it is done (there is no
 * card left to go back to). Refused (already erased, unknown): a page saying why, from the problem type; posted by
 * htmx, that sentence alone, swapped in beside the confirmation's button.
 */
@Controller
class ErasureFormController {

    static final String PATH = ConsoleFormAccess.DPO_PAGES + "/customers/{customerId}/erasure";

    private final CommandGateway commands;
    private final MessageSource messages;

    ErasureFormController(CommandGateway commands, MessageSource messages) {
        this.commands = commands;
        this.messages = messages;
    }

    @PostMapping(PATH)
    String erase(@PathVariable UUID customerId, Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("customerId", customerId);
        Optional<FormRefusals> refusals;
        try {
            refusals = FormRefusals.whenSending(() -> commands.sendAndWait(
                    new EraseSubjectCommand(customerId, ErasureReason.SUBJECT_REQUEST)));
        } catch (AggregateNotFoundException unknown) {
            // the API answers this subject-not-found (404): no such customer was ever registered
            FormRefusals notFound = new FormRefusals();
            notFound.add(FormRefusals.FORM, Refusal.SUBJECT_NOT_FOUND);
            refusals = Optional.of(notFound);
        }
        if (refusals.isPresent()) {
            return CardAction.refused(refusals.get(), customerId, "erasure.refused", messages, model, locale, response);
        }
        return "console/erasure-done";
    }
}
