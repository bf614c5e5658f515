package fi.register.query.compliance;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The data protection officer's compliance replay: a page with the button, and the button's answer, the same run as
 * {@code POST /api/compliance/replay} with its findings (rule, subject id, event sequence, time, the rule's own
 * detail: nothing personal, so nothing is recorded in the read audit). The report is drawn in the POST's answer: it is
 * the result of that run, not a resource a link could fetch again. Under {@code ConsoleAccess.DPO_PAGES}.
 */
@Controller
class ComplianceReplayPageController {

    static final String PATH = "/console/dpo/compliance";

    private final ComplianceReplay replay;

    ComplianceReplayPageController(ComplianceReplay replay) {
        this.replay = replay;
    }

    @GetMapping(PATH)
    String page() {
        return "console/compliance";
    }

    @PostMapping(PATH)
    String run(Model model) {
        model.addAttribute("report", replay.replay());
        return "console/compliance";
    }
}
