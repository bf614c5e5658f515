package fi.register.rules;

import fi.register.events.erasure.ErasureReason;

import java.time.Instant;

/**
 * An erasure that gives the retention period as its reason is right only once the period has passed for that
 * subject ({@link RetentionPeriod}): data the customer may still need is not erased early in the notice's name. An
 * erasure on the subject's request is never held back.
 */
public final class RetentionErasureOnlyWhenDue {

    private RetentionErasureOnlyWhenDue() {
    }

    /** Whether an erasure for this reason may happen at {@code at}, the subject's deadline being {@code eraseAfter}. */
    public static boolean allows(ErasureReason reason, Instant eraseAfter, Instant at) {
        return reason != ErasureReason.RETENTION_EXPIRED || !at.isBefore(eraseAfter);
    }
}
