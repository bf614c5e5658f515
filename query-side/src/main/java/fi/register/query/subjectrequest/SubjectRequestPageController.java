package fi.register.query.subjectrequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The data protection officer's open requests: the same list as {@code GET /api/subject-requests?open=true}, nearest
 * deadline first, overdue marked. Ids, codes and dates only, so nothing goes to the read audit. Under
 * {@code ConsoleAccess.DPO_PAGES}.
 */
@Controller
class SubjectRequestPageController {

    static final String PATH = "/console/dpo/requests";

    private final OpenSubjectRequests requests;

    SubjectRequestPageController(OpenSubjectRequests requests) {
        this.requests = requests;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("requests", requests.list());
        return "console/requests";
    }
}
