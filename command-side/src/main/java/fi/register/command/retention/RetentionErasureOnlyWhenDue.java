package fi.register.command.retention;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import fi.register.events.erasure.ErasureReason;

import java.time.Clock;
import java.time.Instant;

/**
 * An erasure that gives the retention period as its reason is accepted only once the period has passed for that
 * subject, decided by the subject's own aggregate from its own history, with the clock of the instance handling it.
 * So the history never says RETENTION_EXPIRED for a subject still within its period (the compliance replay relies on
 * that), and a round that read a deadline just before a service event moved it erases nothing. An erasure on the
 * subject's request is never held back.
 */
public final class RetentionErasureOnlyWhenDue {

    private RetentionErasureOnlyWhenDue() {
    }

    /** @param measuredFrom the subject's last service event, or its registration while it has none */
    public static void require(ErasureReason reason, Instant measuredFrom, RetentionPeriod period, Clock clock) {
        if (reason == ErasureReason.RETENTION_EXPIRED && period.eraseAfter(measuredFrom).isAfter(clock.instant())) {
            throw new CommandRefusedException(Refusal.RETENTION_NOT_DUE,
                    "The retention period of this customer has not passed: see GET /api/retention/due.");
        }
    }
}
