package fi.register.command.disclosure;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.autoconfigure.openapi.Refuses;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@Tag(name = "Disclosures", description = "Record that customer data goes to a recipient; refused without a basis (staff)")
class DisclosureController {

    private final CommandGateway commandGateway;

    DisclosureController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping("/api/customers/{customerId}/disclosures")
    @Operation(summary = "Disclose the named fields to a recipient: a party the register description names receives "
            + "only what its role needs, and only for a customer of its service (CONTRACT); anything else needs the customer's written DISCLOSURE consent for that "
            + "recipient (CONSENT). Health data and order fields are never disclosable here.")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({Refusal.DISCLOSURE_CONSENT_REQUIRED, Refusal.FIELD_NOT_DISCLOSABLE})
    ResponseEntity<DisclosureIdResponse> disclose(@PathVariable UUID customerId,
                                                  @Valid @RequestBody DisclosePersonalDataRequest request) {
        UUID disclosureId = UUID.randomUUID();
        commandGateway.sendAndWait(request.toCommand(customerId, disclosureId));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/disclosures/" + disclosureId))
                .body(new DisclosureIdResponse(disclosureId));
    }

    record DisclosureIdResponse(UUID disclosureId) {
    }
}
