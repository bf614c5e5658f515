package fi.register.command.booking;

import fi.register.events.booking.CancelBookingCommand;
import fi.register.events.booking.CompleteBookingCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Books, reschedules, cancels and completes from validated requests: the one path the API's booking endpoints and the console's booking forms
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

    public void reschedule(UUID customerId, UUID bookingId, RescheduleBookingRequest request) {
        commandGateway.sendAndWait(request.toCommand(customerId, bookingId));
    }

    /** The service took place: a service event, and the retention period starts again. */
    public void complete(UUID customerId, UUID bookingId) {
        commandGateway.sendAndWait(new CompleteBookingCommand(customerId, bookingId));
    }
}
