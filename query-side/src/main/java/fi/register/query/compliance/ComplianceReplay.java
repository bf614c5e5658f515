package fi.register.query.compliance;

import fi.register.autoconfigure.parties.NamedParties;
import fi.register.events.audit.PersonalDataReadEvent;
import fi.register.query.metadata.RecordedMetadata;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Replays the whole event history from the beginning, straight from the event store (not from a projection, which
 * could itself be wrong), and feeds every event to each rule. Read-only and idempotent: fresh checks every run,
 * nothing written anywhere. The crypto-shredding serializer decodes the events, so an erased subject's history still
 * replays, its personal fields read as erased; no check looks at a personal field.
 * <p>
 * Reads as far as the head of the store when the replay starts; events recorded meanwhile are for the next replay.
 * Cost: one pass over every event, in memory only per-subject deadlines and consent scopes.
 */
@Component
class ComplianceReplay {

    /** How long to wait for the store's next event before the replay gives up rather than hang a request. */
    private static final int WAIT_SECONDS = 30;

    private final EventStore eventStore;
    private final Clock clock;
    private final RetentionSettings retention;
    private final ComplianceSettings settings;
    private final NamedParties parties;

    ComplianceReplay(EventStore eventStore, Clock clock, RetentionSettings retention, ComplianceSettings settings,
                     NamedParties parties) {
        this.eventStore = eventStore;
        this.clock = clock;
        this.retention = retention;
        this.settings = settings;
        this.parties = parties;
    }

    ComplianceReport replay() {
        Instant now = clock.instant();
        List<ComplianceCheck> checks = List.of(new HealthDataConsentCheck(),
                new RetentionCheck(retention.period(), settings.retentionGrace()), new DisclosureBasisCheck(parties));
        long head = position(eventStore.createHeadToken());
        long replayed = 0;
        Set<UUID> subjects = new HashSet<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            long reached = -1;
            while (reached < head) {
                if (!stream.hasNextAvailable(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The event store stopped answering before its head: replay again");
                }
                TrackedEventMessage<?> message = stream.nextAvailable();
                reached = Math.max(reached, position(message.trackingToken()));
                replayed++;
                replayedEvent(message).ifPresent(event -> {
                    subjects.add(event.customerId());
                    checks.forEach(check -> check.accept(event));
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The compliance replay was interrupted", e);
        }
        checks.forEach(check -> check.finish(now));
        List<Finding> findings = new ArrayList<>();
        Map<ComplianceRule, Long> counts = new EnumMap<>(ComplianceRule.class);
        for (ComplianceCheck check : checks) {
            findings.addAll(check.findings());
            check.checked().forEach((rule, count) -> counts.merge(rule, count, Long::sum));
        }
        findings.sort(Comparator.comparing(Finding::at).thenComparing(Finding::customerId)
                .thenComparingLong(Finding::eventSequence));
        return new ComplianceReport(replayed, subjects.size(), now, findings, counts);
    }

    /** An aggregate's events are a subject's history: its aggregate is the customer. Reads and others are counted, not checked. */
    private static Optional<ReplayedEvent> replayedEvent(TrackedEventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain)
                || PersonalDataReadEvent.class.equals(domain.getPayloadType())) {
            return Optional.empty(); // a read of personal data is no event of the subject's history: no rule is about it
        }
        UUID customerId;
        try {
            customerId = UUID.fromString(domain.getAggregateIdentifier());
        } catch (IllegalArgumentException notASubject) {
            return Optional.empty();
        }
        Object payload = domain.getPayload();
        if (payload == null || payload instanceof UnknownSerializedType) {
            payload = null; // a type this build does not know: no rule is about it
        }
        RecordedMetadata metadata = RecordedMetadata.of(domain.getMetaData());
        return Optional.of(new ReplayedEvent(customerId, domain.getSequenceNumber(), domain.getTimestamp(),
                payload, metadata.legalBasis(), metadata.consentId()));
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
