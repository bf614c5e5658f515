package fi.register.command.retention;

import fi.register.command.console.ConsoleFormAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The data protection officer's retention listing: {@code GET /api/retention/due} as a page, over the next
 * {@code days} days (a number, nothing personal, so a GET). Ids and times only, as the API's; the officer opens a
 * subject's card (an audited read on the query side) to see who it is. Served by the command side because the
 * deadlines are its rows.
 */
@Controller
class RetentionPageController {

    static final String PATH = ConsoleFormAccess.DPO_PAGES + "/retention";
    static final int DEFAULT_DAYS = 30;
    /** Ten years ahead: farther than any deadline the period setting gives today. */
    static final int MOST_DAYS = 3660;

    private final RetentionSchedule schedule;
    private final Clock clock;

    RetentionPageController(RetentionSchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    /** One row: erased when the deadline passes ({@code passed}: it already has, the next round erases it). */
    record DueRow(UUID customerId, Instant eraseAfter, boolean passed, boolean dueInWindow, Instant keptByOpenBookingAt) {
    }

    @GetMapping(PATH)
    String listing(@RequestParam(defaultValue = "" + DEFAULT_DAYS) String days, Model model) {
        int window = days.matches("\\d{1,4}") ? Math.min(Integer.parseInt(days), MOST_DAYS) : DEFAULT_DAYS;
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(window));
        List<DueRow> rows = schedule.dueBefore(until).stream()
                .map(deadline -> new DueRow(deadline.customerId(), deadline.eraseAfter(),
                        !deadline.eraseAfter().isAfter(now), deadline.eraseAfter().isBefore(until),
                        deadline.keptByOpenBookingAt()))
                .toList();
        model.addAttribute("days", window);
        model.addAttribute("until", until);
        model.addAttribute("rows", rows);
        return "console/retention";
    }
}
