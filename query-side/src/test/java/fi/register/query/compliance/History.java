package fi.register.query.compliance;

import fi.register.events.LegalBasis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One subject's history as the replay hands it to the checks: sequence numbers from 0, metadata as recorded. */
final class History {

    final UUID customerId = UUID.randomUUID();
    final List<ReplayedEvent> events = new ArrayList<>();

    History add(Object payload, Instant at, LegalBasis basis) {
        return add(payload, at, basis, null);
    }

    History add(Object payload, Instant at, LegalBasis basis, UUID consentId) {
        events.add(new ReplayedEvent(customerId, events.size(), at, payload, basis == null ? null : basis.name(),
                consentId == null ? null : consentId.toString()));
        return this;
    }

    long lastSequence() {
        return events.size() - 1;
    }

    void feed(ComplianceCheck check, Instant now) {
        events.forEach(check::accept);
        check.finish(now);
    }
}
