package fi.register.query.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One rule, fed the whole history event by event in the order it was recorded. A new instance for every replay, so a
 * replay starts from nothing and two replays of the same history answer the same.
 */
interface ComplianceCheck {

    void accept(ReplayedEvent event);

    /** Called once after the last event; rules that depend on "now" (retention) decide here. */
    default void finish(Instant now) {
    }

    /** For each rule this check proves: how many events (subjects, for retention) it was checked against. */
    Map<ComplianceRule, Long> checked();

    List<Finding> findings();
}
