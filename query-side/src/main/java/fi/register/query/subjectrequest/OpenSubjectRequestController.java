package fi.register.query.subjectrequest;

import fi.register.autoconfigure.openapi.Refuses;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.query.problem.QueryRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Subject requests", description = "The data subjects' requests still open and their deadlines (data "
        + "protection officer): ids, codes and dates only")
class OpenSubjectRequestController {

    private final OpenSubjectRequests requests;

    OpenSubjectRequestController(OpenSubjectRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/api/subject-requests")
    @Operation(summary = "The open access, rectification and erasure requests, nearest deadline first, overdue ones "
            + "marked (one month from arrival by default, GDPR Art. 12(3)). Only open=true: answered requests are in "
            + "the audit trail (SubjectRequestAnsweredEvent)")
    @Refuses({Refusal.INVALID_FIELD})
    List<OpenSubjectRequest> open(@RequestParam(defaultValue = "true") boolean open) {
        if (!open) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD, "Only open requests are listed here (open=true); "
                    + "answered ones are in the audit trail.");
        }
        return requests.list();
    }
}
