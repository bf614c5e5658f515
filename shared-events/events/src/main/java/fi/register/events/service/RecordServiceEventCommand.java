package fi.register.events.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Records that a service took place outside any booking (a device handed over, a monitoring period ended...). */
public record RecordServiceEventCommand(
        @TargetAggregateIdentifier UUID customerId,
        UUID serviceEventId,
        @NotBlank String service,
        @NotNull ServiceEventKind kind) {
}
