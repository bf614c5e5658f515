package fi.register.query.compliance;

import fi.register.rules.RetentionPeriod;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * The command side's retention period, bound from the same key ({@code register.retention.period}, P24M by default):
 * the replay checks the register against the rule the register runs with, the privacy notice states it, and the
 * access copy tells the subject the deadline by the same rule. Only the period is read here; the command side's other
 * retention keys mean nothing to the query side.
 */
@ConfigurationProperties("register.retention")
public record RetentionSettings(Period period) {

    public RetentionSettings {
        period = period != null ? period : Period.ofMonths(24);
        new RetentionPeriod(period); // refuses what the command side refuses: whole months only, at least one
    }

    public RetentionPeriod rule() {
        return new RetentionPeriod(period);
    }
}
