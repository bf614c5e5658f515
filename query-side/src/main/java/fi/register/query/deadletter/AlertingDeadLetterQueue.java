package fi.register.query.deadletter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A projection's dead-letter queue that says so in the log, one WARN line per event that goes in: the processing
 * group, the event's id and type, its aggregate and the exception's class. Never the exception's message nor the
 * payload, which may carry personal data; the payload is stored sealed by the queue it wraps.
 */
final class AlertingDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(AlertingDeadLetterQueue.class);

    private final String processingGroup;
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;

    AlertingDeadLetterQueue(String processingGroup, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        this.processingGroup = processingGroup;
        this.queue = queue;
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter)
            throws DeadLetterQueueOverflowException {
        queue.enqueue(sequenceIdentifier, letter);
        EventMessage<?> event = letter.message();
        log.warn("Projection {} dead-lettered event {} ({}) of aggregate {}: {}", processingGroup,
                event.getIdentifier(), event.getPayloadType().getSimpleName(), aggregateOf(event), causeOf(letter));
    }

    /** Axon asks this for every event: a later event of a dead-lettered sequence waits behind it, in order. */
    @Override
    public boolean enqueueIfPresent(Object sequenceIdentifier, Supplier<DeadLetter<? extends EventMessage<?>>> letterBuilder)
            throws DeadLetterQueueOverflowException {
        boolean queued = queue.enqueueIfPresent(sequenceIdentifier, letterBuilder);
        if (queued) {
            EventMessage<?> event = letterBuilder.get().message();
            log.warn("Projection {} queued event {} ({}) of aggregate {} behind its dead letter", processingGroup,
                    event.getIdentifier(), event.getPayloadType().getSimpleName(), aggregateOf(event));
        }
        return queued;
    }

    /** A dead letter handled on a retry leaves the queue. */
    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        queue.evict(letter);
        log.info("Projection {} applied dead-lettered event {} on a retry", processingGroup, letter.message().getIdentifier());
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater) throws NoSuchDeadLetterException {
        queue.requeue(letter, failed -> {
            DeadLetter<? extends EventMessage<?>> updated = letterUpdater.apply(failed);
            EventMessage<?> event = updated.message();
            log.warn("Projection {} failed again on dead-lettered event {} ({}) of aggregate {}: {}", processingGroup,
                    event.getIdentifier(), event.getPayloadType().getSimpleName(), aggregateOf(event), causeOf(updated));
            return updated;
        });
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return queue.contains(sequenceIdentifier);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return queue.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return queue.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return queue.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return queue.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return queue.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return queue.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processingTask) {
        return queue.process(sequenceFilter, processingTask);
    }

    @Override
    public void clear() {
        queue.clear();
        log.info("Projection {} cleared its dead letters for a replay", processingGroup);
    }

    static String aggregateOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : "(none)";
    }

    /** The class only: {@link WithheldCause} keeps the message out of the queue, and out of here too. */
    private static String causeOf(DeadLetter<?> letter) {
        return letter.cause().map(Cause::type).orElse("(no cause)");
    }
}
