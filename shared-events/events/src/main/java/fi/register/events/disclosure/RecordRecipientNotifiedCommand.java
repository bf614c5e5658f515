package fi.register.events.disclosure;

import fi.register.events.personal.DataSubjectId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * The data protection officer records that the recipient of a disclosure was told of a rectification or erasure
 * (GDPR Art. 19), or why that proved impossible. {@code changeSequence} names the change: the sequence number, in the
 * subject's history, of the rectification or erasure, as the list of recipients still to be told shows it. Accepted
 * after the subject's erasure too: nothing here needs the subject's key.
 */
public record RecordRecipientNotifiedCommand(
        @TargetAggregateIdentifier @DataSubjectId UUID customerId,
        @NotNull UUID disclosureId,
        @NotNull Long changeSequence,
        @NotNull NotificationOutcome outcome) {
}
