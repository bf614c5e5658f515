package fi.register.command.erasure;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.ErasureReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Erasure", description = "Erase a data subject on request (data protection officer)")
class ErasureController {

    private final CommandGateway commandGateway;

    ErasureController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping("/api/customers/{customerId}/erasure")
    @Operation(summary = "Erase the subject: data key destroyed, personal views purged, SubjectErasedEvent recorded")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> erase(@PathVariable UUID customerId) {
        commandGateway.sendAndWait(new EraseSubjectCommand(customerId, ErasureReason.SUBJECT_REQUEST));
        return ResponseEntity.noContent().build();
    }
}
