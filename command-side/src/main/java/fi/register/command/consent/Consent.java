package fi.register.command.consent;

import fi.register.autoconfigure.problem.Refusal;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import fi.register.command.problem.CommandRefusedException;
import fi.register.command.snapshot.SnapshotState;
import fi.register.events.LegalBasis;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.consent.WithdrawConsentCommand;
import fi.register.rules.ConsentScope;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import static fi.register.command.legalbasis.LegalBasisMetaData.of;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One consent in force, a member of the subject's aggregate: it decides its own withdrawal. Holds what it covers
 * (purpose, channel, named party) and nothing else: no evidence reference, nothing personal. A free-text recipient is
 * personal, so the aggregate's root keeps it, sealed in its snapshot. A withdrawn consent is no
 * longer a member, so a second withdrawal finds none.
 */
@SnapshotState
public final class Consent {

    // a class, not a record: a record's @EntityId would mark both its field and its accessor, and Axon allows one
    @EntityId
    private final UUID consentId;
    /** What it covers but the free-text recipient; with it, two equal scopes would be the same consent twice. */
    private final ConsentScope scope;

    public Consent(ConsentGivenEvent given) {
        this.consentId = given.consentId();
        this.scope = ConsentScope.of(given).withoutRecipient();
    }

    /** How a snapshot rebuilds it. */
    @JsonCreator
    private Consent(@JsonProperty("consentId") UUID consentId, @JsonProperty("scope") ConsentScope scope) {
        this.consentId = consentId;
        this.scope = scope;
    }

    /** Withdrawing is the subject's right (GDPR Art. 7(3)), so it rests on the law, like recording the consent did. */
    @CommandHandler
    void handle(WithdrawConsentCommand command, Clock clock) {
        apply(new ConsentWithdrawnEvent(command.customerId(), consentId, scope.purpose(), clock.instant()),
                of(LegalBasis.LEGAL_OBLIGATION));
    }

    /**
     * Refuses the withdrawal of a consent not in force (never given, or withdrawn already) by the notice's name for
     * it: the aggregate asks before Axon looks for the member, which would otherwise answer with its generic "no entity".
     */
    public static void requireInForce(Map<UUID, Consent> consents, Object command) {
        if (command instanceof WithdrawConsentCommand withdrawal && !consents.containsKey(withdrawal.consentId())) {
            throw new CommandRefusedException(Refusal.CONSENT_NOT_IN_FORCE,
                    "No consent with this id is in force for this customer.");
        }
    }

    UUID consentId() {
        return consentId;
    }

    ConsentScope scope() {
        return scope;
    }

    // equal by value, so the test fixture can check that sourcing the events gives the state the handlers left
    @Override
    public boolean equals(Object other) {
        return other instanceof Consent consent && consentId.equals(consent.consentId) && scope.equals(consent.scope);
    }

    @Override
    public int hashCode() {
        return consentId.hashCode();
    }
}
