package fi.register.command.booking;

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
@Tag(name = "Service events", description = "Record that a service took place without a booking (staff)")
class ServiceEventController {

    private final CommandGateway commandGateway;

    ServiceEventController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping("/api/customers/{customerId}/service-events")
    @Operation(summary = "Record a service event (device handed over, monitoring period ended, analysis delivered...): "
            + "the 24-month retention clock restarts")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({Refusal.UNKNOWN_SERVICE, Refusal.KIND_NOT_FOR_SERVICE})
    ResponseEntity<ServiceEventIdResponse> record(@PathVariable UUID customerId,
                                                  @Valid @RequestBody RecordServiceEventRequest request) {
        UUID serviceEventId = UUID.randomUUID();
        commandGateway.sendAndWait(request.toCommand(customerId, serviceEventId));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/service-events/" + serviceEventId))
                .body(new ServiceEventIdResponse(serviceEventId));
    }

    record ServiceEventIdResponse(UUID serviceEventId) {
    }
}
