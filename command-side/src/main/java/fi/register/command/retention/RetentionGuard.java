package fi.register.command.retention;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.ErasureReason;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Clock;

/**
 * An erasure that gives the retention period as its reason is accepted only when the period has passed for
 * that subject, checked where the command is handled, with the register's clock. So the event history never
 * says RETENTION_EXPIRED for a subject whose data was still within its period (a compliance replay relies on
 * that), and a round that read a deadline just before a service event moved it erases nothing.
 * Without a deadline the aggregate decides (it refuses a subject that is erased or unknown).
 */
class RetentionGuard implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final RetentionSchedule schedule;
    private final Clock clock;

    RetentionGuard(RetentionSchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof EraseSubjectCommand erasure
                && erasure.reason() == ErasureReason.RETENTION_EXPIRED) {
            boolean notYetDue = schedule.deadlineOf(erasure.customerId())
                    .filter(eraseAfter -> eraseAfter.isAfter(clock.instant()))
                    .isPresent();
            if (notYetDue) {
                throw new CommandRefusedException(Refusal.RETENTION_NOT_DUE,
                        "The retention period of this customer has not passed: see GET /api/retention/due.");
            }
        }
        return interceptorChain.proceed();
    }
}
