package fi.register.query.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * Every failed event is dead-lettered (never dropped), on its first failure and on each failed retry, with the
 * exception's class only. Axon's default keeps the exception's message in the dead letter's row, and a message may
 * quote a value of the event it failed on: a name, an address, in clear beside the sealed payload.
 */
final class WithheldCause implements EnqueuePolicy<EventMessage<?>> {

    static final String WITHHELD = "withheld: an exception's message may quote personal data";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        return Decisions.enqueue(withheld(cause));
    }

    static ThrowableCause withheld(Throwable cause) {
        if (cause instanceof ThrowableCause already && WITHHELD.equals(already.message())) {
            return already;
        }
        String type = cause instanceof ThrowableCause axons ? axons.type() : cause.getClass().getName();
        return new ThrowableCause(type, WITHHELD);
    }
}
