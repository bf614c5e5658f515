package fi.register.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Waits for a projection's processor to have handled everything appended so far, e.g. the read audit's index. */
public final class ProcessorCatchUp {

    /** The processor of the read audit's index (personal_data_reads). */
    public static final String READ_AUDIT = "read-audit";
    /** The processor of the audit trail's index (audit_trail): every event, read and refused request. */
    public static final String AUDIT_TRAIL = "audit-trail";

    private ProcessorCatchUp() {
    }

    /**
     * Compared by position, not by {@code covers}: the event store's sequence may skip numbers after a restart, and a
     * token that remembers those gaps does not "cover" a head token that has none.
     */
    public static long awaitCaughtUp(ApplicationContext context, String processorName) {
        long head = context.getBean(EventStore.class).createHeadToken().position().orElse(-1);
        TrackingEventProcessor processor = context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(processorName, TrackingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> processor.processingStatus().values().stream()
                .anyMatch(status -> status.getCurrentPosition().orElse(-1) >= head));
        return head;
    }
}
