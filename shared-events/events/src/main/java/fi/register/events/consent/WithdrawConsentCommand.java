package fi.register.events.consent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record WithdrawConsentCommand(@TargetAggregateIdentifier UUID customerId, UUID consentId) {
}
