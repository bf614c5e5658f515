package fi.register.events.erasure;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record EraseSubjectCommand(@TargetAggregateIdentifier UUID customerId, @NotNull ErasureReason reason) {
}
