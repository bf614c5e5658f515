package fi.register.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The register's clock in tests: stands still until a test moves it, so no test waits for time to pass. */
public final class MovableClock extends Clock {

    private volatile Instant now;

    public MovableClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Moves on by calendar months or days, on the UTC calendar the retention period is counted on. */
    public void advance(Period period) {
        now = now.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
