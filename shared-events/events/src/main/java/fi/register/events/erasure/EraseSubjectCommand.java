package fi.register.events.erasure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record EraseSubjectCommand(@TargetAggregateIdentifier UUID customerId, ErasureReason reason) {
}
