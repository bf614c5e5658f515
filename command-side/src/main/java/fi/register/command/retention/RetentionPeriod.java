package fi.register.command.retention;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The one place the retention rule is computed: data is kept {@code period} from the moment it is measured
 * from (the last service event, or the registration while there is none), then erased. Months are counted
 * on the UTC calendar, so a deadline never depends on the server's time zone. The schedule and the aggregate both
 * compute deadlines with it, so the one listing what is due and the one deciding an erasure cannot disagree.
 */
public final class RetentionPeriod {

    private final Period period;

    public RetentionPeriod(Period period) {
        // An erasure cannot be undone: a period in days (P24D for P24M) would erase almost the whole register
        // on the next start-up, so only whole months and years are accepted.
        if (period.isNegative() || period.getDays() != 0 || period.toTotalMonths() < 1) {
            throw new IllegalArgumentException("register.retention.period must be whole months or years, at least "
                    + "P1M (the privacy notice's is P24M)");
        }
        this.period = period;
    }

    public Instant eraseAfter(Instant measuredFrom) {
        return measuredFrom.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }

    /** How the period is written down beside each deadline, so a changed setting is noticed and applied. */
    String text() {
        return period.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
