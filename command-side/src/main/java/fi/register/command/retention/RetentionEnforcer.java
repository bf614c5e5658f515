package fi.register.command.retention;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.EventMetadata;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.ErasureReason;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Erases every subject whose retention period has passed, exactly as the data protection officer's erasure
 * does (the same command, so the same key destruction, view purge and event), with the reason
 * {@link ErasureReason#RETENTION_EXPIRED} and the register itself as the actor.
 * <p>
 * Safe to run at any time, as often as wanted, on every command-side instance at once: the deadlines are rows,
 * the aggregate erases a subject once and refuses a second erasure, so a subject another instance (or the
 * officer) erased first is simply done. A failure of one subject never stops the others; it is tried again on
 * the next round, because its deadline is still there.
 */
@Component
public class RetentionEnforcer {

    private static final Logger log = LoggerFactory.getLogger(RetentionEnforcer.class);

    private final RetentionSchedule schedule;
    private final CommandGateway commandGateway;
    private final Clock clock;

    RetentionEnforcer(RetentionSchedule schedule, CommandGateway commandGateway, Clock clock) {
        this.schedule = schedule;
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    /** One round: erases what is due now. */
    public Round enforce() {
        Instant now = clock.instant();
        int erased = 0;
        int skipped = 0;
        int failed = 0;
        List<RetentionDeadline> due = new ArrayList<>(schedule.dueAt(now));
        // instances whose rounds overlap then mostly take different subjects first, instead of racing on each one
        Collections.shuffle(due);
        for (RetentionDeadline deadline : due) {
            switch (erase(deadline.customerId())) {
                case ERASED -> erased++;
                case SKIPPED -> skipped++;
                case FAILED -> failed++;
            }
        }
        Round round = new Round(erased, skipped, failed);
        if (erased + failed > 0) {
            // counts only: which subjects is in the event history, where it belongs
            log.info("Retention: erased {} subject(s) whose retention period had passed, {} skipped, {} failed "
                    + "(failed ones stay due for the next round)", erased, skipped, failed);
        }
        return round;
    }

    private Outcome erase(UUID customerId) {
        try {
            commandGateway.sendAndWait(GenericCommandMessage
                    .asCommandMessage(new EraseSubjectCommand(customerId, ErasureReason.RETENTION_EXPIRED))
                    .andMetaData(Map.of(EventMetadata.ACTOR, EventMetadata.SYSTEM_ACTOR)));
            return Outcome.ERASED;
        } catch (ConcurrencyException e) {
            // another instance wrote to this subject at the same moment (most likely its own erasure): the next
            // round finds the deadline gone, or moved, or still due and erases then
            return Outcome.SKIPPED;
        } catch (AggregateNotFoundException e) {
            // a deadline without a subject: nothing to erase, and nothing to try again
            schedule.forget(customerId);
            return Outcome.SKIPPED;
        } catch (CommandExecutionException e) {
            Optional<Refusal> refusal = refusalOf(e);
            if (refusal.equals(Optional.of(Refusal.SUBJECT_ERASED))) {
                // another instance, or the officer, erased the subject first
                schedule.forget(customerId);
                return Outcome.SKIPPED;
            }
            if (refusal.equals(Optional.of(Refusal.RETENTION_NOT_DUE))) {
                // a service event moved the deadline after this round read it
                return Outcome.SKIPPED;
            }
            return failed(e);
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    private static Outcome failed(RuntimeException e) {
        // the type only: messages of persistence exceptions can quote stored values
        log.warn("Retention: an erasure failed with {}; it is tried again on the next round", e.getClass().getName());
        return Outcome.FAILED;
    }

    /** Also when another instance handled the command: then only the refusal's name travels, as the details. */
    private static Optional<Refusal> refusalOf(CommandExecutionException e) {
        if (e instanceof CommandRefusedException refused) {
            return Optional.of(refused.refusal());
        }
        return e.getDetails().map(Object::toString).flatMap(name -> {
            try {
                return Optional.of(Refusal.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        });
    }

    private enum Outcome { ERASED, SKIPPED, FAILED }

    /**
     * What one round did.
     *
     * @param erased      subjects this round erased
     * @param skipped     subjects left alone: erased first elsewhere, their deadline moved, or another instance was
     *                    writing to them at that very moment (the next round looks again)
     * @param failed      subjects whose erasure failed and stays due for the next round
     */
    public record Round(int erased, int skipped, int failed) {
    }
}
