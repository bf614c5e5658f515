package fi.register.command.problem;

import fi.register.autoconfigure.problem.Refusal;
import org.axonframework.commandhandling.CommandExecutionException;

/**
 * A command broke one of the register's rules. The message says what to fix and never echoes
 * the input. Extends Axon's {@link CommandExecutionException} with the refusal as details, so the
 * reason survives when the command was handled by another command-side instance.
 */
public class CommandRefusedException extends CommandExecutionException {

    private final Refusal refusal;

    public CommandRefusedException(Refusal refusal, String message) {
        super(message, null, refusal.name());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
