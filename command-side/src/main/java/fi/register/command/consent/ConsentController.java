package fi.register.command.consent;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.autoconfigure.openapi.Refuses;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/customers/{customerId}/consents")
@Tag(name = "Consents", description = "Give and withdraw consents (staff)")
class ConsentController {

    private final ConsentRecording consents;

    ConsentController(ConsentRecording consents) {
        this.consents = consents;
    }

    @PostMapping
    @Operation(summary = "Record a consent: HEALTH_DATA, MARKETING (per channel) or DISCLOSURE (to a named recipient, written only)")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({Refusal.INVALID_CONSENT, Refusal.WRITTEN_EVIDENCE_REQUIRED, Refusal.CONSENT_ALREADY_IN_FORCE})
    ResponseEntity<ConsentIdResponse> give(@PathVariable UUID customerId, @Valid @RequestBody GiveConsentRequest request) {
        UUID consentId = consents.give(customerId, request);
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/consents/" + consentId))
                .body(new ConsentIdResponse(consentId));
    }

    @DeleteMapping("/{consentId}")
    @Operation(summary = "Withdraw a consent; processing on its basis stops now")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.CONSENT_NOT_IN_FORCE})
    ResponseEntity<Void> withdraw(@PathVariable UUID customerId, @PathVariable UUID consentId) {
        consents.withdraw(customerId, consentId);
        return ResponseEntity.noContent().build();
    }

    record ConsentIdResponse(UUID consentId) {
    }
}
