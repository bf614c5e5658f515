package fi.register.command.subjectrequest;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import fi.register.command.snapshot.SnapshotState;
import fi.register.events.subjectrequest.AnswerSubjectRequestCommand;
import fi.register.events.subjectrequest.RecordSubjectRequestCommand;
import fi.register.events.subjectrequest.SubjectRequestAnsweredEvent;
import fi.register.events.subjectrequest.SubjectRequestKind;
import fi.register.events.subjectrequest.SubjectRequestOutcome;
import fi.register.events.subjectrequest.SubjectRequestReceivedEvent;
import fi.register.rules.SubjectRequestAnsweredWithinOneMonth;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static fi.register.command.legalbasis.LegalBasisMetaData.of;
import static fi.register.events.LegalBasis.LEGAL_OBLIGATION;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The subject's access, rectification and erasure requests, a member of its aggregate: records one as it arrives,
 * stamped with its deadline ({@link SubjectRequestAnsweredWithinOneMonth}), and takes the data protection officer's
 * answer to an open one. Knows only ids and kinds: what was asked and answered in words lives in the clinic's letters.
 * <p>
 * An erasure request is fulfilled by the erasure itself, never by an answer alone (the answer could be recorded with
 * the data still held); it may be answered explicitly only as REFUSED. The erasure closes every request still open,
 * in the same command ({@link #closedByErasure}): an erasure request as FULFILLED, the others as CLOSED_BY_ERASURE.
 */
@SnapshotState
public class SubjectRequests {

    /** The requests not answered yet, by id. */
    private final Map<UUID, SubjectRequestKind> open = new LinkedHashMap<>();
    /** Answered ones, so answering one again is told apart from answering one that never arrived. */
    private final Set<UUID> answered = new HashSet<>();

    @CommandHandler
    void handle(RecordSubjectRequestCommand command, SubjectRequestAnsweredWithinOneMonth deadline, Clock clock) {
        if (open.containsKey(command.requestId()) || answered.contains(command.requestId())) {
            throw new CommandRefusedException(Refusal.SUBJECT_REQUEST_EXISTS,
                    "A request with this id is already recorded for this customer.");
        }
        Instant now = clock.instant();
        apply(new SubjectRequestReceivedEvent(command.customerId(), command.requestId(), command.kind(),
                command.channel(), now, deadline.answerBy(now)), of(LEGAL_OBLIGATION));
    }

    @CommandHandler
    void handle(AnswerSubjectRequestCommand command, Clock clock) {
        if (answered.contains(command.requestId())) {
            throw new CommandRefusedException(Refusal.SUBJECT_REQUEST_ANSWERED, "This request is already answered.");
        }
        SubjectRequestKind kind = open.get(command.requestId());
        if (kind == null) {
            throw new CommandRefusedException(Refusal.SUBJECT_REQUEST_NOT_FOUND,
                    "This customer has no request with this id.");
        }
        if (command.outcome() == SubjectRequestOutcome.CLOSED_BY_ERASURE
                || (kind == SubjectRequestKind.ERASURE && command.outcome() != SubjectRequestOutcome.REFUSED)) {
            throw new CommandRefusedException(Refusal.ANSWERED_BY_ERASURE, "An erasure request is fulfilled by "
                    + "erasing the customer, which answers it; it can be answered here only as REFUSED.");
        }
        apply(new SubjectRequestAnsweredEvent(command.customerId(), command.requestId(), kind, command.outcome(),
                clock.instant()), of(LEGAL_OBLIGATION));
    }

    /** Applied by the erasure before its own event: no request of an erased subject stays open. */
    public void closedByErasure(UUID customerId, Instant erasedAt) {
        for (Map.Entry<UUID, SubjectRequestKind> request : new LinkedHashMap<>(open).entrySet()) {
            SubjectRequestOutcome outcome = request.getValue() == SubjectRequestKind.ERASURE
                    ? SubjectRequestOutcome.FULFILLED : SubjectRequestOutcome.CLOSED_BY_ERASURE;
            apply(new SubjectRequestAnsweredEvent(customerId, request.getKey(), request.getValue(), outcome, erasedAt),
                    of(LEGAL_OBLIGATION));
        }
    }

    @EventSourcingHandler
    void on(SubjectRequestReceivedEvent event) {
        open.put(event.requestId(), event.kind());
    }

    @EventSourcingHandler
    void on(SubjectRequestAnsweredEvent event) {
        open.remove(event.requestId());
        answered.add(event.requestId());
    }

    // equal by state, so the test fixture can check that sourcing the events gives the state the handlers left
    @Override
    public boolean equals(Object other) {
        return other instanceof SubjectRequests requests && open.equals(requests.open)
                && answered.equals(requests.answered);
    }

    @Override
    public int hashCode() {
        return Objects.hash(open, answered);
    }
}
