package fi.register.query.compliance;

import fi.register.events.LegalBasis;
import fi.register.query.CustomerEvents;
import fi.register.query.EventStream;
import fi.register.query.QuerySideHttpTestSupport;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event table is replayed subject by subject, and each subject is declared complete right after its last event,
 * whatever order the subjects' events were recorded in: that is what lets the replay hold one subject at a time.
 */
class EventTableHistoryTest extends QuerySideHttpTestSupport {

    @Test
    void handsOnEachSubjectWhole_AndSaysItIsCompleteBeforeTheNextBegins() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        Map<UUID, EventStream> streams = Map.of(first, EventStream.of(context, first),
                second, EventStream.of(context, second), third, EventStream.of(context, third));
        // recorded interleaved, as a busy clinic records them
        for (UUID subject : List.of(first, second, first, third, second, first)) {
            streams.get(subject).append(CustomerEvents.marketingByEmail(subject, UUID.randomUUID()), "staff",
                    LegalBasis.LEGAL_OBLIGATION);
        }
        List<String> seen = new ArrayList<>();
        Set<UUID> ours = streams.keySet();

        history().replay(null, event -> {
            if (ours.contains(event.customerId())) {
                seen.add(event.customerId() + " event " + event.sequence());
            }
        }, subject -> {
            if (ours.contains(subject)) {
                seen.add(subject + " complete");
            }
        });

        List<String> expected = new ArrayList<>();
        for (UUID subject : ours.stream().sorted(java.util.Comparator.comparing(UUID::toString)).toList()) {
            long events = subject.equals(first) ? 3 : subject.equals(second) ? 2 : 1;
            for (long sequence = 0; sequence < events; sequence++) {
                expected.add(subject + " event " + sequence);
            }
            expected.add(subject + " complete");
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void holdsOneSubjectAtATime_WhenTheHistoryIsReadSubjectBySubject() {
        for (int i = 0; i < 5; i++) {
            UUID subject = UUID.randomUUID();
            EventStream stream = EventStream.of(context, subject);
            stream.append(CustomerEvents.marketingByEmail(subject, UUID.randomUUID()), "staff", LegalBasis.LEGAL_OBLIGATION);
            stream.append(CustomerEvents.marketingByEmail(subject, UUID.randomUUID()), "staff", LegalBasis.LEGAL_OBLIGATION);
        }
        ChecksPerSubject checks = new ChecksPerSubject(() -> List.of(new HealthDataConsentCheck()), Instant.now());
        List<Integer> openWhileReading = new ArrayList<>();

        long replayed = history().replay(null, event -> {
            checks.accept(event);
            openWhileReading.add(checks.openSubjects());
        }, checks::complete);
        checks.completeAll();

        assertThat(replayed).isGreaterThanOrEqualTo(10);
        assertThat(openWhileReading).isNotEmpty().allMatch(open -> open == 1);
        assertThat(checks.subjects()).isGreaterThanOrEqualTo(5);
    }

    private RecordedHistory history() {
        RecordedHistory history = context.getBean(RecordedHistory.class);
        assertThat(history).isInstanceOf(EventTableHistory.class);
        return history;
    }
}
