package fi.register.query.audit;

import fi.register.events.LegalBasis;
import fi.register.query.CustomerEvents;
import fi.register.query.EventStream;
import fi.register.query.ProcessorCatchUp;
import fi.register.query.QuerySideHttpTestSupport;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the build (the name does not end in Test): the figures behind docs/architecture.md, "Audit trail".
 * Run with {@code mvn -B -ntp -o -pl query-side -am verify -Dtest=AuditTrailSpeedCheck
 * -Dsurefire.failIfNoSpecifiedTests=false}. A window over every subject, read the old way (stream the whole event
 * store, keep the window's events) against the index ({@link AuditTrail}), on the same history in the same run.
 */
class AuditTrailSpeedCheck extends QuerySideHttpTestSupport {

    private static final int SUBJECTS = 2_000;
    private static final int EVENTS_PER_SUBJECT = 5;
    private static final int RUNS = 15;

    @Test
    void theIndexAnswersAWindowWithoutStreamingTheStore() {
        UUID last = null;
        for (int subject = 0; subject < SUBJECTS; subject++) {
            UUID customerId = UUID.randomUUID();
            last = customerId;
            EventStream events = EventStream.of(context, customerId);
            events.append(CustomerEvents.registered(customerId, "Nopeus", "n" + subject + "@example.invalid"),
                    subject % 10 == 0 ? "auditor-target" : "staff", LegalBasis.CONTRACT);
            for (int more = 1; more < EVENTS_PER_SUBJECT; more++) {
                events.append(CustomerEvents.marketingByEmail(customerId, UUID.randomUUID()), "staff", LegalBasis.LEGAL_OBLIGATION);
            }
        }
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.AUDIT_TRAIL);
        Instant from = Instant.EPOCH;
        Instant to = Instant.parse("9999-01-01T00:00:00Z");
        AuditTrail trail = context.getBean(AuditTrail.class);
        AuditTrailQuery window = new AuditTrailQuery(null, null, null, null, null, from, to);
        AuditTrailQuery actor = new AuditTrailQuery(null, "auditor-target", null, null, null, from, to);
        UUID subject = last;
        AuditTrailQuery ofSubject = new AuditTrailQuery(subject, null, null, null, null, null, null);

        long streamed = median(() -> streamWholeStore(from, to));
        long indexedWindow = median(() -> trail.page(window, 0, 100).total());
        long indexedActor = median(() -> trail.page(actor, 0, 100).total());
        long subjectStream = median(() -> subjectsStream(subject));
        long indexedSubject = median(() -> trail.page(ofSubject, 0, 100).total());

        System.out.printf("audit trail, %d events: first page of a window: streamed store %.1f ms, index %.1f ms (%.0fx);"
                        + " one actor's page: index %.1f ms%n", SUBJECTS * EVENTS_PER_SUBJECT, streamed / 1e6,
                indexedWindow / 1e6, (double) streamed / indexedWindow, indexedActor / 1e6);
        System.out.printf("audit trail, %d events: one subject's page: its stream and its reads %.1f ms, index %.1f ms%n",
                SUBJECTS * EVENTS_PER_SUBJECT, subjectStream / 1e6, indexedSubject / 1e6);
        assertThat(trail.page(window, 0, 100).total()).isEqualTo(streamWholeStore(from, to));
        assertThat(trail.page(actor, 0, 100).total()).isEqualTo(SUBJECTS / 10);
        assertThat(trail.page(ofSubject, 0, 100).total()).isEqualTo(subjectsStream(subject));
    }

    /** One subject's trail before the index: the subject's own stream, plus its reads from their index. */
    private long subjectsStream(UUID customerId) {
        long events = context.getBean(EventStore.class).readEvents(customerId.toString(), 0).asStream().count();
        return events + projections.getCollection(PersonalDataReadsProjection.COLLECTION)
                .countDocuments(com.mongodb.client.model.Filters.eq("customerId", customerId.toString()));
    }

    /** The trail before the index: every event of the store read once per request, the window's kept. */
    private long streamWholeStore(Instant from, Instant to) {
        EventStore store = context.getBean(EventStore.class);
        long head = store.createHeadToken().position().orElse(-1);
        List<Object> kept = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            long reached = -1;
            while (reached < head) {
                if (!stream.hasNextAvailable(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the store stopped answering");
                }
                TrackedEventMessage<?> message = stream.nextAvailable();
                reached = Math.max(reached, message.trackingToken().position().orElse(-1));
                if (message instanceof DomainEventMessage<?> event && event.getType() != null
                        && !event.getTimestamp().isBefore(from) && event.getTimestamp().isBefore(to)) {
                    kept.add(event.getMetaData());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return kept.size();
    }

    private static long median(LongSupplier run) {
        long[] took = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.getAsLong();
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        return took[RUNS / 2];
    }
}
