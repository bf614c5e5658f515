package fi.register.query.deadletter;

import fi.register.autoconfigure.console.HtmxFragment;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.query.problem.QueryRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The data protection officer's dead-letter screen: what {@code GET /api/dead-letters} lists, by projection and
 * aggregate, and the API's two retries as buttons. Types, ids, times and exception classes only, never an event's
 * content, so nothing is recorded in the read audit (as the audit trail's screen is not). A retry's outcome is drawn
 * in the POST's answer, the list as it is after it (as the compliance replay's report is): it is the result of that
 * click, not a resource. A retry refused (the sequence retried meanwhile, an unknown projection) is the page again
 * (422) with the sentence beside the button; posted by htmx, the sentence alone, swapped in there. Under
 * {@code ConsoleAccess.DPO_PAGES}.
 */
@Controller
class DeadLetterPageController {

    static final String PATH = "/console/dpo/dead-letters";
    static final String GROUP_RETRY = PATH + "/{processingGroup}/retry";
    static final String SEQUENCE_RETRY = PATH + "/{processingGroup}/sequences/{sequence}/retry";
    private static final String PAGE = "console/dead-letters";
    private static final String ABOVE_THE_LIST = "dead-letters-refusal";

    private final ProjectionDeadLetters deadLetters;

    DeadLetterPageController(ProjectionDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping(PATH)
    String page(Model model) {
        List<DeadLetterGroups.Group> groups = DeadLetterGroups.of(deadLetters.list());
        model.addAttribute("groups", groups);
        Object refusedAt = model.getAttribute("refusedAt");
        if (refusedAt != null && !DeadLetterGroups.hasPlace(groups, refusedAt.toString())) {
            // its button went with the letters retried meanwhile: the sentence goes above the list instead
            model.addAttribute("refusedAt", ABOVE_THE_LIST);
        }
        return PAGE;
    }

    @PostMapping(GROUP_RETRY)
    String retry(@PathVariable String processingGroup, Model model, HttpServletResponse response) {
        return retried(() -> deadLetters.retry(processingGroup), DeadLetterGroups.refusalId(processingGroup, null),
                model, response);
    }

    @PostMapping(SEQUENCE_RETRY)
    String retry(@PathVariable String processingGroup, @PathVariable UUID sequence, Model model,
                 HttpServletResponse response) {
        return retried(() -> deadLetters.retry(processingGroup, sequence),
                DeadLetterGroups.refusalId(processingGroup, sequence.toString()), model, response);
    }

    private String retried(Supplier<RetryOutcome> retry, String besideButton, Model model,
                           HttpServletResponse response) {
        try {
            model.addAttribute("outcome", retry.get());
        } catch (QueryRefusedException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refusedAt", besideButton);
            model.addAttribute("refusal", refused.refusal() == Refusal.NO_DEAD_LETTERS
                    ? "deadLetters.refused.noDeadLetters" : "deadLetters.refused.unknownProjection");
            HtmxFragment.answer(model, "refusal");
        }
        return page(model);
    }
}
