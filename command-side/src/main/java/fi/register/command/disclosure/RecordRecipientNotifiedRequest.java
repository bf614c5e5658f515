package fi.register.command.disclosure;

import fi.register.events.disclosure.NotificationOutcome;
import fi.register.events.disclosure.RecordRecipientNotifiedCommand;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/**
 * Which recipient (its disclosure), told of which change (the rectification's or erasure's sequence number, as
 * {@code GET /api/recipient-notifications} lists it), with what outcome.
 */
public record RecordRecipientNotifiedRequest(@NotNull UUID disclosureId, @NotNull Long changeSequence,
                                             @NotNull NotificationOutcome outcome) {

    public RecordRecipientNotifiedCommand toCommand(UUID customerId) {
        return new RecordRecipientNotifiedCommand(customerId, disclosureId, changeSequence, outcome);
    }
}
