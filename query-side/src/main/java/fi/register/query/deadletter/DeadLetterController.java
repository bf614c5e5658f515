package fi.register.query.deadletter;

import fi.register.autoconfigure.openapi.Refuses;
import fi.register.autoconfigure.problem.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The data protection officer's view of the projections' dead letters and the retry once the cause is mended: a
 * view that lacks an event the history holds is a register that does not show the subject's data as it is. Ids,
 * types, times and exception classes only; the events' content stays sealed in the queue.
 */
@RestController
@RequestMapping("/api/dead-letters")
@Tag(name = "Dead letters", description = "Events a projection failed on, and their retry (data protection officer)")
class DeadLetterController {

    private final ProjectionDeadLetters deadLetters;

    DeadLetterController(ProjectionDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "Every dead letter of every projection, by processing group and sequence (aggregate), in the "
            + "order they will be applied: event type and id, times, the exception's class. No content.")
    List<DeadLetterEntry> list() {
        return deadLetters.list();
    }

    @PostMapping("/{processingGroup}/retry")
    @Operation(summary = "Tries each sequence of the projection's dead letters once, in order; a sequence whose letters "
            + "all succeed leaves the queue, one that fails again stays.")
    @Refuses(Refusal.UNKNOWN_PROJECTION)
    RetryOutcome retry(@PathVariable String processingGroup) {
        return deadLetters.retry(processingGroup);
    }

    @PostMapping("/{processingGroup}/sequences/{sequence}/retry")
    @Operation(summary = "Tries one sequence (aggregate) of the projection's dead letters, in order.")
    @Refuses({Refusal.UNKNOWN_PROJECTION, Refusal.NO_DEAD_LETTERS})
    RetryOutcome retry(@PathVariable String processingGroup, @PathVariable UUID sequence) {
        return deadLetters.retry(processingGroup, sequence);
    }
}
