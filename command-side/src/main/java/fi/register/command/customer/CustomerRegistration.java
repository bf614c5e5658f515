package fi.register.command.customer;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Registers and rectifies customers from validated requests: the one path the API's {@code POST /api/customers} and
 * {@code PUT} and {@code PATCH /api/customers/{id}} and the console's forms all take, so the rules live in one place (the request's
 * constraints, then the aggregate's).
 */
@Component
public class CustomerRegistration {

    private final CommandGateway commandGateway;

    CustomerRegistration(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Sends the command and waits for its outcome; a refusal is thrown as the command bus threw it. */
    public UUID register(RegisterCustomerRequest request) {
        // A random id, never derived from personal data: it is also the subject's key id.
        UUID customerId = UUID.randomUUID();
        commandGateway.sendAndWait(request.toCommand(customerId));
        return customerId;
    }

    /** Sends the correction and waits for its outcome; a refusal is thrown as the command bus threw it. */
    public void rectify(UUID customerId, RectifyCustomerRequest request) {
        commandGateway.sendAndWait(request.toCommand(customerId));
    }

    /** The same correction as a JSON Merge Patch: members set to null are the fields it removes. */
    public void rectify(UUID customerId, CustomerMergePatch patch) {
        commandGateway.sendAndWait(patch.toCommand(customerId));
    }
}
