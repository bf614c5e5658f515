package fi.register.query.deadletter;

/**
 * @param sequencesApplied how many aggregates' dead letters were all applied and left the queue
 * @param remaining        dead letters still in the group's queue (failed again, or queued meanwhile)
 */
record RetryOutcome(String processingGroup, int sequencesApplied, long remaining) {
}
