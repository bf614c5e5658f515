package fi.register.command.console;

import fi.register.command.subjectrequest.AnswerSubjectRequestRequest;
import fi.register.events.subjectrequest.SubjectRequestChannel;
import fi.register.events.subjectrequest.SubjectRequestKind;
import fi.register.events.subjectrequest.SubjectRequestOutcome;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The data protection officer records a subject's request the day it arrives, and answers it, through the API's own
 * requests and rules ({@code POST /api/customers/{id}/subject-requests}, {@code .../{requestId}/answer}). Accepted:
 * 303 to the open requests and their deadlines (the query side's Requests screen). Refused: the form again (422)
 * with the refusals by their fields, or for an answer the page that says why; nothing stored.
 */
@Controller
class SubjectRequestFormController {

    static final String PATH = ConsoleFormAccess.DPO_PAGES + "/customers/{customerId}/subject-requests";
    static final String ANSWER = PATH + "/{requestId}/answer";
    /** The query side's list of open requests. */
    static final String OPEN_REQUESTS = "/console/dpo/requests";

    private final CommandGateway commandGateway;
    private final Validator validator;
    private final MessageSource messages;

    SubjectRequestFormController(CommandGateway commandGateway, Validator validator, MessageSource messages) {
        this.commandGateway = commandGateway;
        this.validator = validator;
        this.messages = messages;
    }

    /** From the Requests screen, where the officer types the customer's id: on to that customer's form. */
    @GetMapping(ConsoleFormAccess.DPO_PAGES + "/subject-requests")
    RedirectView formFor(@RequestParam UUID customerId) {
        RedirectView form = new RedirectView(PATH.replace("{customerId}", customerId.toString()), true);
        form.setStatusCode(HttpStatus.SEE_OTHER);
        return form;
    }

    @GetMapping(PATH)
    String form(@PathVariable UUID customerId, Model model, Locale locale) {
        return page(customerId, SubjectRequestForm.blank(), new FormRefusals(), model, locale);
    }

    @PostMapping(PATH)
    Object record(@PathVariable UUID customerId, SubjectRequestForm form, Model model, Locale locale,
                  HttpServletResponse response) {
        Optional<FormSubmission.Refused<SubjectRequestForm>> outcome = FormSubmission.submit(form,
                SubjectRequestForm::toRequest, validator,
                request -> commandGateway.sendAndWait(request.toCommand(customerId, UUID.randomUUID())));
        if (outcome.isPresent()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(customerId, outcome.get().form(), outcome.get().refusals(), model, locale);
        }
        return openRequests();
    }

    @PostMapping(ANSWER)
    Object answer(@PathVariable UUID customerId, @PathVariable UUID requestId,
                  @RequestParam(defaultValue = "") String outcome, Model model, Locale locale,
                  HttpServletResponse response) {
        AnswerSubjectRequestRequest request =
                new AnswerSubjectRequestRequest(FormFields.choice(SubjectRequestOutcome.class, outcome));
        // an outcome not chosen is refused on the command bus (its constraints), as the API refuses it
        Object answered = CardAction.send(() -> commandGateway.sendAndWait(request.toCommand(customerId, requestId)),
                customerId, "subjectRequest.answerRefused", messages, model, locale, response);
        return answered instanceof RedirectView ? openRequests() : answered;
    }

    private static RedirectView openRequests() {
        RedirectView list = new RedirectView(OPEN_REQUESTS, true);
        list.setStatusCode(HttpStatus.SEE_OTHER);
        list.setExposeModelAttributes(false);
        return list;
    }

    private String page(UUID customerId, SubjectRequestForm form, FormRefusals refusals, Model model, Locale locale) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("form", form);
        model.addAttribute("refusals", refusals.messages(messages, locale, form.values().keySet()));
        model.addAttribute("kinds", SubjectRequestKind.values());
        model.addAttribute("channels", SubjectRequestChannel.values());
        return "console/subject-request";
    }
}
