package fi.register.query.mongo;

/**
 * Present when the projection store keeps nothing across a restart (the embedded default's in-memory store): every
 * start rebuilds every view, and its tokens, from the event store. What is kept elsewhere about the views (their dead
 * letters) belongs to the run that wrote it, and is dropped at the start (DeadLetterConfiguration).
 */
public record ProjectionsRebuiltAtStart() {
}
