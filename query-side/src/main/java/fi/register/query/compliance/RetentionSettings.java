package fi.register.query.compliance;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * The command side's retention period, bound from the same key ({@code register.retention.period}, P24M by default):
 * the replay checks the register against the rule the register runs with. Only the period is read here; the
 * command side's other retention keys mean nothing to the query side.
 */
@ConfigurationProperties("register.retention")
record RetentionSettings(Period period) {

    RetentionSettings {
        period = period != null ? period : Period.ofMonths(24);
        if (period.isNegative() || period.getDays() != 0 || period.toTotalMonths() < 1) {
            throw new IllegalArgumentException("register.retention.period must be whole months or years, at least P1M");
        }
    }
}
