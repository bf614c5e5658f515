package fi.register.query.recommendation;

import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import fi.register.query.customer.KnownCustomerViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Programs view", description = "A customer's program recommendations and feedback (staff)")
class RecommendationQueryController {

    private final KnownCustomerViews views;
    private final PersonalDataReads reads;

    RecommendationQueryController(KnownCustomerViews views, PersonalDataReads reads) {
        this.views = views;
        this.reads = reads;
    }

    @GetMapping("/api/customers/{customerId}/recommendations")
    @Operation(summary = "The customer's program recommendations, oldest first; 404 for an unknown id, 410 once erased. "
            + "The read is recorded in the audit trail.")
    List<RecommendationResponse> recommendations(@PathVariable UUID customerId, Authentication reader) {
        List<RecommendationResponse> found = views.part(customerId, new FetchRecommendationsQuery(customerId),
                RecommendationResponse.class);
        reads.record(customerId, reader.getName(), PersonalDataRead.RECOMMENDATIONS);
        return found;
    }

    @GetMapping("/api/customers/{customerId}/feedback")
    @Operation(summary = "The customer's feedback on programs' effects (health data), oldest first; 404 for an unknown "
            + "id, 410 once erased. The read is recorded in the audit trail.")
    List<ProgramFeedbackResponse> feedback(@PathVariable UUID customerId, Authentication reader) {
        List<ProgramFeedbackResponse> found = views.part(customerId, new FetchProgramFeedbackQuery(customerId),
                ProgramFeedbackResponse.class);
        reads.record(customerId, reader.getName(), PersonalDataRead.PROGRAM_FEEDBACK);
        return found;
    }

}
