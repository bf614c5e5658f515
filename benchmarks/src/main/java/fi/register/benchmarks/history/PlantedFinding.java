package fi.register.benchmarks.history;

import java.util.UUID;

/**
 * A broken rule the generator put into the history on purpose, as the compliance replay must report it: the rule's
 * name, the subject, and the event the finding points at (for retention, the event the deadline runs from).
 */
public record PlantedFinding(String rule, UUID customerId, long eventSequence) {
}
