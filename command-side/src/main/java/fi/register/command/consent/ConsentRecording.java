package fi.register.command.consent;

import fi.register.events.consent.WithdrawConsentCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Gives and withdraws consents from validated requests: the one path the API's consent endpoints and the console's
 * consent forms both take, so the rules stay the aggregate's.
 */
@Component
public class ConsentRecording {

    private final CommandGateway commandGateway;

    ConsentRecording(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** The new consent's id; a refusal is thrown as the command bus threw it. */
    public UUID give(UUID customerId, GiveConsentRequest request) {
        UUID consentId = UUID.randomUUID();
        commandGateway.sendAndWait(request.toCommand(customerId, consentId));
        return consentId;
    }

    public void withdraw(UUID customerId, UUID consentId) {
        commandGateway.sendAndWait(new WithdrawConsentCommand(customerId, consentId));
    }
}
