package fi.register.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * Waits for a view's processor to have handled everything appended so far, or replays every view. A view is named by
 * its processing group; which processor feeds it is the configuration's business (one for all views today).
 */
public final class ProcessorCatchUp {

    /** The processing group of the read audit's index (personal_data_reads). */
    public static final String READ_AUDIT = "read-audit";
    /** The processing group of the audit trail's index (audit_trail): every event, read and refused request. */
    public static final String AUDIT_TRAIL = "audit-trail";
    /** A view every replay goes through. */
    private static final String CUSTOMER_VIEW = "customer-view";

    private ProcessorCatchUp() {
    }

    /**
     * Every segment at the head, compared by position, not by {@code covers}: the event store's sequence may skip
     * numbers after a restart, and a token that remembers those gaps does not "cover" a head token that has none.
     */
    public static long awaitCaughtUp(ApplicationContext context, String processingGroup) {
        long head = head(context);
        StreamingEventProcessor processor = processorOf(context, processingGroup);
        await().atMost(Duration.ofSeconds(30)).until(() -> atOrBeyond(context, processor, head));
        return head;
    }

    /** Every view rebuilt from the first event, as a reset would: waits until the replay has passed the head. */
    public static void replayEveryView(ApplicationContext context) {
        long head = head(context);
        StreamingEventProcessor processor = processorOf(context, CUSTOMER_VIEW);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !processor.isReplaying() && atOrBeyond(context, processor, head));
    }

    /** Every segment of the processor claimed (they are claimed one after another) and at or beyond the head. */
    private static boolean atOrBeyond(ApplicationContext context, StreamingEventProcessor processor, long head) {
        var segments = processor.processingStatus().values();
        int stored = context.getBean(TokenStore.class).fetchSegments(processor.getName()).length;
        return !segments.isEmpty() && segments.size() == stored
                && segments.stream().allMatch(status -> status.getCurrentPosition().orElse(-1) >= head);
    }

    private static long head(ApplicationContext context) {
        return context.getBean(EventStore.class).createHeadToken().position().orElse(-1);
    }

    public static StreamingEventProcessor processorOf(ApplicationContext context, String processingGroup) {
        return context.getBean(EventProcessingConfiguration.class)
                .eventProcessorByProcessingGroup(processingGroup, StreamingEventProcessor.class).orElseThrow();
    }
}
