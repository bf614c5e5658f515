package fi.register.query.deadletter;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.query.problem.QueryRefusedException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The projections' dead letters, listed without their content, and retried on the DPO's word. */
@Component
class ProjectionDeadLetters {

    private final EventProcessingConfiguration processing;
    private final DeadLetterSettings settings;

    ProjectionDeadLetters(EventProcessingConfiguration processing, DeadLetterSettings settings) {
        this.processing = processing;
        this.settings = settings;
    }

    List<DeadLetterEntry> list() {
        List<DeadLetterEntry> entries = new ArrayList<>();
        for (String group : settings.processingGroups()) {
            processing.deadLetterQueue(group).ifPresent(queue -> {
                for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                    for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                        entries.add(entry(group, letter));
                    }
                }
            });
        }
        return entries;
    }

    /**
     * Tries each aggregate's dead letters once, oldest-touched first: a sequence is applied in order and leaves the
     * queue only if every letter in it succeeds; one that fails again stays, touched, and the next is tried.
     */
    RetryOutcome retry(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(group);
        long sequences = queue.amountOfSequences();
        int applied = 0;
        for (long tried = 0; tried < sequences; tried++) {
            if (processor.processAny()) {
                applied++;
            }
        }
        return new RetryOutcome(group, applied, queue.size());
    }

    /** One aggregate's dead letters, in order. */
    RetryOutcome retry(String group, UUID sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        if (!queue.contains(sequence.toString())) {
            throw new QueryRefusedException(Refusal.NO_DEAD_LETTERS, "This projection holds no dead letter of that sequence.");
        }
        boolean applied = processor(group).process(letter -> sequence.toString().equals(sequenceOf(letter)));
        return new RetryOutcome(group, applied ? 1 : 0, queue.size());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        requireKnown(group);
        return processing.deadLetterQueue(group).orElseThrow(ProjectionDeadLetters::unknown);
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String group) {
        return processing.sequencedDeadLetterProcessor(group).orElseThrow(ProjectionDeadLetters::unknown);
    }

    private void requireKnown(String group) {
        if (!settings.processingGroups().contains(group)) {
            throw unknown();
        }
    }

    private static QueryRefusedException unknown() {
        return new QueryRefusedException(Refusal.UNKNOWN_PROJECTION,
                "No projection of that name keeps dead letters; GET /api/dead-letters lists them by processing group.");
    }

    private static DeadLetterEntry entry(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        return new DeadLetterEntry(group, sequenceOf(letter), event.getPayloadType().getSimpleName(),
                event.getIdentifier(), event.getTimestamp(), letter.enqueuedAt(), letter.lastTouched(),
                letter.cause().map(Cause::type).orElse(null));
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter instanceof JpaDeadLetter<?> stored ? stored.getSequenceIdentifier()
                : AlertingDeadLetterQueue.aggregateOf(letter.message());
    }
}
