package fi.register.command.interview;

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
@Tag(name = "Interviews", description = "Record the local interview: health data, only with explicit consent (staff)")
class InterviewController {

    private final CommandGateway commandGateway;

    InterviewController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping("/api/customers/{customerId}/interviews")
    @Operation(summary = "Record the interview: wellbeing challenges, program preferences, the services chosen (which set "
            + "the customer groups) and, for a FIRSTBEAT analysis only, the date of birth. Refused unless the "
            + "customer's HEALTH_DATA consent is in force.")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({Refusal.HEALTH_DATA_CONSENT_REQUIRED, Refusal.UNKNOWN_SERVICE, Refusal.DATE_OF_BIRTH_REQUIRED, Refusal.DATE_OF_BIRTH_NOT_NEEDED})
    ResponseEntity<InterviewIdResponse> record(@PathVariable UUID customerId, @Valid @RequestBody RecordInterviewRequest request) {
        UUID interviewId = UUID.randomUUID();
        commandGateway.sendAndWait(request.toCommand(customerId, interviewId));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/interviews/" + interviewId))
                .body(new InterviewIdResponse(interviewId));
    }

    @PatchMapping(path = "/api/customers/{customerId}/interviews/{interviewId}",
            consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Rectify a recorded interview as a JSON Merge Patch (RFC 7396): challenges, "
            + "programPreferences, dateOfBirth; absent stays, null clears an optional field (challenges is required; "
            + "a date of birth only where the interview's services need it). Refused unless the customer's HEALTH_DATA "
            + "consent is in force.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.INTERVIEW_NOT_FOUND, Refusal.HEALTH_DATA_CONSENT_REQUIRED, Refusal.NOTHING_TO_RECTIFY,
            Refusal.DATE_OF_BIRTH_REQUIRED, Refusal.DATE_OF_BIRTH_NOT_NEEDED})
    ResponseEntity<Void> rectify(@PathVariable UUID customerId, @PathVariable UUID interviewId,
                                 @Valid @RequestBody InterviewMergePatch patch) {
        commandGateway.sendAndWait(patch.toCommand(customerId, interviewId));
        return ResponseEntity.noContent().build();
    }

    record InterviewIdResponse(UUID interviewId) {
    }
}
