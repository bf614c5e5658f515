package fi.register.events.consent;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record WithdrawConsentCommand(@TargetAggregateIdentifier UUID customerId, @NotNull UUID consentId) {
}
