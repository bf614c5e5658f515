package fi.register.rules;

import fi.register.events.service.ServiceEvent;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The notice: data is kept {@code period} (24 months) from the customer's last service event, or from the
 * registration while there is none, then erased. Months are counted on the UTC calendar, so a deadline never depends
 * on a server's time zone. The command side's schedule and aggregate and the compliance replay all compute deadlines
 * here, so the one erasing and the one checking the erasures cannot disagree.
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

    /**
     * What the period runs from after a service event: the later of what it ran from and the time of service. Any
     * service event restarts it, whatever its type; one entered late, dated earlier, never shortens it.
     *
     * @param measuredFrom what the period ran from so far, null when nothing is known yet
     * @param recordedAt   when the event was recorded: the fallback should a service event lack its time of service
     */
    public static Instant runsFrom(Instant measuredFrom, ServiceEvent service, Instant recordedAt) {
        return later(measuredFrom, service.serviceProvidedAt() != null ? service.serviceProvidedAt() : recordedAt);
    }

    /** The later of two starting points (either may be unknown): a period never moves back. */
    public static Instant later(Instant measuredFrom, Instant candidate) {
        if (measuredFrom == null) {
            return candidate;
        }
        return candidate != null && candidate.isAfter(measuredFrom) ? candidate : measuredFrom;
    }

    /** How the period is written down beside each deadline, so a changed setting is noticed and applied. */
    public String text() {
        return period.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
