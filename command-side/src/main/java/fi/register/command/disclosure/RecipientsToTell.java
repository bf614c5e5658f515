package fi.register.command.disclosure;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import fi.register.command.snapshot.SnapshotState;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.DisclosedFieldsChanged;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.disclosure.RecipientChange;
import fi.register.events.disclosure.RecipientNotifiedEvent;
import fi.register.events.disclosure.RecordRecipientNotifiedCommand;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRectifiedEvent;
import fi.register.events.order.DeliveryAddressRectifiedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
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
 * The recipients the subject's data went to, and what each is still to be told (GDPR Art. 19), a member of the
 * subject's aggregate. A rectification or erasure that reaches a disclosed field ({@link DisclosedFieldsChanged})
 * leaves a duty per disclosure, named by the disclosure and the change's sequence number; the data protection officer
 * settles it by recording the recipient told, or why that proved impossible. Nothing else creates or settles one.
 * <p>
 * Knows ids, named parties' codes and field names only, never a recipient's free text nor a value: so it is rebuilt the
 * same from the history after the subject's key is gone, and an erased subject's recipients can still be recorded as
 * told (the aggregate lets this one command through after the erasure; its event needs no key).
 */
@SnapshotState
public class RecipientsToTell {

    /** Every disclosure so far, by id: to whom (a named party's code, or null), which fields, which order. */
    private final Map<UUID, Disclosed> disclosures = new LinkedHashMap<>();
    /** Duties not settled yet, by {@link #key}. */
    private final Map<String, Duty> open = new LinkedHashMap<>();
    /** Duties settled, so recording one again is told apart from recording one never owed. */
    private final Set<String> settled = new HashSet<>();

    @CommandHandler
    void handle(RecordRecipientNotifiedCommand command, Clock clock) {
        String key = key(command.disclosureId(), command.changeSequence());
        if (settled.contains(key)) {
            throw new CommandRefusedException(Refusal.RECIPIENT_ALREADY_TOLD,
                    "This recipient is already recorded as told of this change.");
        }
        Duty duty = open.get(key);
        if (duty == null) {
            throw new CommandRefusedException(Refusal.NOTHING_TO_TELL,
                    "No change of this customer reached the data of this disclosure.");
        }
        apply(new RecipientNotifiedEvent(command.customerId(), duty.disclosureId(),
                disclosures.get(duty.disclosureId()).namedParty(), duty.changeSequence(), duty.change(),
                duty.fields(), command.outcome(), clock.instant()), of(LEGAL_OBLIGATION));
    }

    @EventSourcingHandler
    void on(PersonalDataDisclosedEvent event) {
        disclosures.put(event.disclosureId(), new Disclosed(event.namedParty(), Set.copyOf(event.fields()),
                event.orderId()));
    }

    @EventSourcingHandler
    void on(CustomerRectifiedEvent event, @SequenceNumber long sequence) {
        changed(event, sequence);
    }

    @EventSourcingHandler
    void on(InterviewRectifiedEvent event, @SequenceNumber long sequence) {
        changed(event, sequence);
    }

    @EventSourcingHandler
    void on(DeliveryAddressRectifiedEvent event, @SequenceNumber long sequence) {
        changed(event, sequence);
    }

    @EventSourcingHandler
    void on(SubjectErasedEvent event, @SequenceNumber long sequence) {
        changed(event, sequence);
    }

    @EventSourcingHandler
    void on(RecipientNotifiedEvent event) {
        String key = key(event.disclosureId(), event.changeSequence());
        open.remove(key);
        settled.add(key);
    }

    private void changed(Object change, long sequence) {
        RecipientChange kind = DisclosedFieldsChanged.kindOf(change).orElseThrow();
        disclosures.forEach((disclosureId, disclosed) -> {
            Set<DisclosedField> reached = DisclosedFieldsChanged.reachedBy(change, disclosed.fields(), disclosed.orderId());
            if (!reached.isEmpty()) {
                open.put(key(disclosureId, sequence), new Duty(disclosureId, sequence, kind, reached));
            }
        });
    }

    private static String key(UUID disclosureId, long changeSequence) {
        return disclosureId + "@" + changeSequence;
    }

    /** A disclosure as far as telling its recipient needs: never the free-text recipient, which is personal. */
    record Disclosed(String namedParty, Set<DisclosedField> fields, UUID orderId) {
    }

    /** A recipient still to be told of a change, and the disclosed fields it reached. */
    record Duty(UUID disclosureId, long changeSequence, RecipientChange change, Set<DisclosedField> fields) {
    }

    // equal by state, so the test fixture can check that sourcing the events gives the state the handlers left
    @Override
    public boolean equals(Object other) {
        return other instanceof RecipientsToTell recipients && disclosures.equals(recipients.disclosures)
                && open.equals(recipients.open) && settled.equals(recipients.settled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(disclosures, open, settled);
    }
}
