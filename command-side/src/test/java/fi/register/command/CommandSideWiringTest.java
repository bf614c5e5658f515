package fi.register.command;

import fi.register.events.booking.CancelBookingCommand;
import fi.register.testsupport.SharedWiring;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command side alone gets the shared wiring once, with its own access rules only, and checks every command's constraints. */
class CommandSideWiringTest extends CommandSideHttpTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    CommandGateway commandGateway;

    @Test
    void theCommandSideAloneHasEachPieceOfSharedWiringOnce() {
        SharedWiring.assertWiredOnce(context, 1);
    }

    @Test
    void rejects_WhenACommandMissesARequiredField_OnTheCommandBusBeforeAnyHandler() {
        // an unknown subject: had the command reached a handler, the answer would have been that the subject is unknown
        assertThatThrownBy(() -> commandGateway.sendAndWait(new CancelBookingCommand(UUID.randomUUID(), null)))
                .isInstanceOf(JSR303ViolationException.class);
    }
}
