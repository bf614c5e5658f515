package fi.register.command.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.Period;

/**
 * Retention settings; see docs/architecture.md.
 *
 * @param period               how long data is kept after the subject's last service event (or registration)
 * @param checkInterval        how often the register looks for subjects whose period has passed
 * @param enforceAutomatically whether it looks by itself (on start-up and every interval); tests switch it off
 *                             and call {@link RetentionEnforcer#enforce()} themselves
 */
@ConfigurationProperties("register.retention")
record RetentionProperties(Period period, Duration checkInterval, Boolean enforceAutomatically) {

    RetentionProperties {
        period = period != null ? period : Period.ofMonths(24);
        checkInterval = checkInterval != null ? checkInterval : Duration.ofMinutes(1);
        enforceAutomatically = enforceAutomatically == null || enforceAutomatically;
        if (checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("register.retention.check-interval must be positive");
        }
    }
}
