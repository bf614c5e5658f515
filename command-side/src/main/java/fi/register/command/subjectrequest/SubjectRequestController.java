package fi.register.command.subjectrequest;

import fi.register.autoconfigure.openapi.Refuses;
import fi.register.autoconfigure.problem.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/customers/{customerId}/subject-requests")
@Tag(name = "Subject requests", description = "Record a data subject's access, rectification or erasure request as it "
        + "arrives, and its answer (data protection officer); answered within one month, GDPR Art. 12(3)")
class SubjectRequestController {

    private final CommandGateway commandGateway;

    SubjectRequestController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping
    @Operation(summary = "Record a request on the day it arrives: its deadline (register.subject-requests.answer-within, "
            + "one month by default) runs from now")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({Refusal.SUBJECT_REQUEST_EXISTS})
    ResponseEntity<RequestIdResponse> record(@PathVariable UUID customerId,
                                             @Valid @RequestBody RecordSubjectRequestRequest request) {
        UUID requestId = UUID.randomUUID();
        commandGateway.sendAndWait(request.toCommand(customerId, requestId));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/subject-requests/" + requestId))
                .body(new RequestIdResponse(requestId));
    }

    @PostMapping("/{requestId}/answer")
    @Operation(summary = "Record the answer to an open request. An erasure request is fulfilled by the erasure "
            + "(POST /api/customers/{customerId}/erasure answers it); here only REFUSED")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.SUBJECT_REQUEST_NOT_FOUND, Refusal.SUBJECT_REQUEST_ANSWERED, Refusal.ANSWERED_BY_ERASURE})
    ResponseEntity<Void> answer(@PathVariable UUID customerId, @PathVariable UUID requestId,
                                @Valid @RequestBody AnswerSubjectRequestRequest request) {
        commandGateway.sendAndWait(request.toCommand(customerId, requestId));
        return ResponseEntity.noContent().build();
    }

    record RequestIdResponse(UUID requestId) {
    }
}
