package fi.register.command.disclosure;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Recipient notifications", description = "Record that a recipient of the customer's data was told of a "
        + "rectification or erasure, or why that proved impossible (data protection officer, GDPR Art. 19)")
class RecipientNotificationController {

    static final String PATH = "/api/customers/{customerId}/recipient-notifications";

    private final CommandGateway commandGateway;

    RecipientNotificationController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping(PATH)
    @Operation(summary = "Record the recipient of a disclosure told of a change (TOLD), or that telling it proved "
            + "IMPOSSIBLE or a DISPROPORTIONATE_EFFORT: only where the change (changeSequence, as GET "
            + "/api/recipient-notifications lists it) reached what the disclosure sent, once. Also after the erasure.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.NOTHING_TO_TELL, Refusal.RECIPIENT_ALREADY_TOLD})
    ResponseEntity<Void> record(@PathVariable UUID customerId, @Valid @RequestBody RecordRecipientNotifiedRequest request) {
        commandGateway.sendAndWait(request.toCommand(customerId));
        return ResponseEntity.noContent().build();
    }
}
