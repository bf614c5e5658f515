package fi.register.command.booking;

import fi.register.events.booking.CancelBookingCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Books and cancels from validated requests: the one path the API's booking endpoints and the console's booking forms
 * both take, so the rules (the menu, the future, the horizon, an open booking) stay the aggregate's.
 */
@Component
public class BookingDesk {

    private final CommandGateway commandGateway;

    BookingDesk(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** The new booking's id; a refusal is thrown as the command bus threw it. */
    public UUID book(UUID customerId, BookServiceRequest request) {
        UUID bookingId = UUID.randomUUID();
        commandGateway.sendAndWait(request.toCommand(customerId, bookingId));
        return bookingId;
    }

    public void cancel(UUID customerId, UUID bookingId) {
        commandGateway.sendAndWait(new CancelBookingCommand(customerId, bookingId));
    }
}
