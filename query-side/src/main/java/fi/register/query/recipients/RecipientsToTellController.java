package fi.register.query.recipients;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The data protection officer's list of recipients to tell of a rectification or erasure (GDPR Art. 19). Not recorded
 * as reads: they show ids, codes, field names and times, nothing of what the customer's data says.
 */
@RestController
@Tag(name = "Recipient notifications", description = "Recipients of a customer's data still to be told of a "
        + "rectification or erasure, and those told (data protection officer, GDPR Art. 19)")
class RecipientsToTellController {

    private final RecipientNotifications notifications;

    RecipientsToTellController(RecipientNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/recipient-notifications")
    @Operation(summary = "Every recipient still to be told, oldest change first: the disclosure, the named party (code "
            + "and name; none for a recipient named in a written consent), the change (changeSequence, RECTIFICATION or "
            + "ERASURE, when) and the disclosed fields it reached. An erased subject's included, codes and field names "
            + "only. Record one with POST /api/customers/{customerId}/recipient-notifications.")
    List<RecipientToTell> stillToTell() {
        return notifications.stillToTell();
    }

    @GetMapping("/api/customers/{customerId}/recipient-notifications")
    @Operation(summary = "One customer's recipients and the changes they are, or were, to be told of, with the "
            + "outcome recorded (TOLD, IMPOSSIBLE, DISPROPORTIONATE_EFFORT) or none yet.")
    List<RecipientToTell> ofCustomer(@PathVariable UUID customerId) {
        return notifications.of(customerId);
    }
}
