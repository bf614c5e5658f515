package fi.register.query.compliance;

import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentWithdrawnEvent;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The consents each subject had in force at the point of the history being replayed: given and not yet withdrawn.
 * Purposes, recipients and evidence methods only; the evidence reference (personal) is never kept.
 */
final class ConsentLedger {

    record Consent(UUID customerId, ConsentGivenEvent given) {
    }

    private final Map<UUID, Consent> inForce = new HashMap<>();
    private final Set<UUID> withdrawn = new HashSet<>();

    /** Feeds consent events; ignores everything else. */
    void accept(ReplayedEvent event) {
        if (event.payload() instanceof ConsentGivenEvent given) {
            inForce.put(given.consentId(), new Consent(event.customerId(), given));
        } else if (event.payload() instanceof ConsentWithdrawnEvent withdrawn) {
            inForce.remove(withdrawn.consentId());
            this.withdrawn.add(withdrawn.consentId());
        }
    }

    /** The consent named by an event's metadata, if it is one of this subject's and in force now. */
    Optional<ConsentGivenEvent> inForce(UUID customerId, String consentId) {
        UUID id = parse(consentId);
        Consent consent = id == null ? null : inForce.get(id);
        return consent != null && consent.customerId().equals(customerId) ? Optional.of(consent.given()) : Optional.empty();
    }

    /** Why a consent is not in force, for the finding's detail: ids only. */
    String whyNotInForce(String consentId) {
        if (consentId == null) {
            return "no consentId in the metadata";
        }
        UUID id = parse(consentId);
        return id != null && withdrawn.contains(id) ? "consent " + id + " was withdrawn before"
                : "consent " + consentId + " is not one this subject had given";
    }

    static UUID parse(String consentId) {
        try {
            return consentId == null ? null : UUID.fromString(consentId);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
