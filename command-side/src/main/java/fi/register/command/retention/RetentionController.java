package fi.register.command.retention;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Retention", description = "Which subjects the retention period will erase, and when (data protection officer)")
class RetentionController {

    private static final String EXAMPLE = "2028-01-01T00:00:00Z";

    private final RetentionSchedule schedule;

    RetentionController(RetentionSchedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/api/retention/due")
    @Operation(summary = "Subjects (ids only) whose retention deadline falls before the given instant, earliest first; "
            + "deadlines that have passed and await the next round are included. Also the subjects an open booking "
            + "keeps although their last service event's deadline falls before it: due=false, with the booking's time "
            + "in keptByOpenBookingAt and eraseAfter the deadline the booking gives")
    List<DueErasure> due(@Parameter(required = true, example = EXAMPLE) @RequestParam(required = false) String before) {
        Instant until = instant(before);
        return schedule.dueBefore(until).stream()
                .map(deadline -> new DueErasure(deadline.customerId(), deadline.eraseAfter(),
                        deadline.eraseAfter().isBefore(until), deadline.keptByOpenBookingAt()))
                .toList();
    }

    /** Parsed here so that a missing or bad value gets the same problem document as every other field. */
    private static Instant instant(String before) {
        if (before == null || before.isBlank()) {
            throw new CommandRefusedException(Refusal.INVALID_FIELD,
                    "'before' is required: an ISO-8601 instant such as " + EXAMPLE + ".");
        }
        try {
            return Instant.parse(before);
        } catch (DateTimeParseException e) {
            throw new CommandRefusedException(Refusal.INVALID_FIELD,
                    "'before' must be an ISO-8601 instant such as " + EXAMPLE + ".");
        }
    }

    /**
     * Ids and times only: the officer looks the subject up through the audited query side when needed.
     *
     * @param due                 whether the subject is erased before the instant asked about
     * @param keptByOpenBookingAt the open booking's time when one keeps the subject past its last service event's
     *                            deadline (the booking's time is not personal; which service, and with whom, is
     *                            looked up through the query side), null otherwise
     */
    record DueErasure(UUID customerId, Instant eraseAfter, boolean due, Instant keptByOpenBookingAt) {
    }
}
