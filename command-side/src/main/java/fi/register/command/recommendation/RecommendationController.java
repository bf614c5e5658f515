package fi.register.command.recommendation;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.autoconfigure.openapi.Refuses;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@Tag(name = "Programs", description = "Recommend Neurosonic relaxation programs and record feedback on their effects (staff)")
class RecommendationController {

    private final CommandGateway commandGateway;

    RecommendationController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping("/api/customers/{customerId}/recommendations")
    @Operation(summary = "Recommend a relaxation program: program, intensity, duration in minutes, rationale. Health "
            + "data: refused unless the customer's HEALTH_DATA consent is in force.")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({Refusal.HEALTH_DATA_CONSENT_REQUIRED})
    ResponseEntity<RecommendationIdResponse> recommend(@PathVariable UUID customerId,
                                                       @Valid @RequestBody RecommendProgramRequest request) {
        UUID recommendationId = UUID.randomUUID();
        commandGateway.sendAndWait(request.toCommand(customerId, recommendationId));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/recommendations/" + recommendationId))
                .body(new RecommendationIdResponse(recommendationId));
    }

    @PostMapping("/api/customers/{customerId}/feedback")
    @Operation(summary = "Record the customer's feedback on a program's effects, rating 1-5. Health data: refused unless "
            + "the customer's HEALTH_DATA consent is in force.")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({Refusal.HEALTH_DATA_CONSENT_REQUIRED})
    ResponseEntity<FeedbackIdResponse> feedback(@PathVariable UUID customerId,
                                                @Valid @RequestBody RecordProgramFeedbackRequest request) {
        UUID feedbackId = UUID.randomUUID();
        commandGateway.sendAndWait(request.toCommand(customerId, feedbackId));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/feedback/" + feedbackId))
                .body(new FeedbackIdResponse(feedbackId));
    }

    @PatchMapping(path = "/api/customers/{customerId}/recommendations/{recommendationId}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Rectify a program recommendation as a JSON Merge Patch (RFC 7396): program, intensity, "
            + "durationMinutes, rationale; absent stays, null clears the rationale (the others are required). Refused "
            + "unless the customer's HEALTH_DATA consent is in force.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.RECOMMENDATION_NOT_FOUND, Refusal.HEALTH_DATA_CONSENT_REQUIRED, Refusal.NOTHING_TO_RECTIFY})
    ResponseEntity<Void> rectifyRecommendation(@PathVariable UUID customerId, @PathVariable UUID recommendationId,
                                               @Valid @RequestBody RecommendationMergePatch patch) {
        commandGateway.sendAndWait(patch.toCommand(customerId, recommendationId));
        return ResponseEntity.noContent().build();
    }

    @PatchMapping(path = "/api/customers/{customerId}/feedback/{feedbackId}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Rectify the customer's feedback on a program as a JSON Merge Patch (RFC 7396): program, "
            + "effect, rating; absent stays (every field is required, so none can be cleared). Refused unless the "
            + "customer's HEALTH_DATA consent is in force.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.FEEDBACK_NOT_FOUND, Refusal.HEALTH_DATA_CONSENT_REQUIRED, Refusal.NOTHING_TO_RECTIFY})
    ResponseEntity<Void> rectifyFeedback(@PathVariable UUID customerId, @PathVariable UUID feedbackId,
                                         @Valid @RequestBody FeedbackMergePatch patch) {
        commandGateway.sendAndWait(patch.toCommand(customerId, feedbackId));
        return ResponseEntity.noContent().build();
    }

    record RecommendationIdResponse(UUID recommendationId) {
    }

    record FeedbackIdResponse(UUID feedbackId) {
    }
}
