package fi.register.query;

import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.query.mongo.ErasableView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view of subjects' data keeps the skeleton: it holds an {@link ErasableView}, is an explicit processing group
 * with its own reset handler, and purges a subject on erasure without replaying that. A new view that forgets one of
 * them would keep or restore an erased subject; this finds it by scanning, not by a list.
 */
class SubjectViewsTest {

    /** Counts only, no subject in it (docs/architecture.md, Reporting): it keeps its facts through an erasure. */
    private static final String COUNTS_ONLY = "service-use-report";
    /**
     * Who read whom, the subject by its random id only (docs/architecture.md, Read audit): the record of reads outlives
     * an erasure, so it has no erasure handler.
     */
    private static final String READ_AUDIT = "read-audit";
    /** The audit trail's index: metadata only, the subject by its id; it is the record of what was done, kept past an erasure. */
    private static final String AUDIT_TRAIL = "audit-trail";
    /**
     * The subjects' open requests and their deadlines (docs/architecture.md, Subject requests): ids, codes and dates
     * only, nothing to purge; the erasure answers a subject's open requests, which removes them.
     */
    private static final String OPEN_REQUESTS = "subject-requests";
    /**
     * The recipients to tell of a rectification or erasure (docs/architecture.md, Telling recipients): ids, codes and
     * field names only, nothing to purge; the erasure is itself a change its recipients are still to be told of.
     */
    private static final String RECIPIENTS_TO_TELL = "recipient-notifications";

    @Test
    void everySubjectViewHoldsTheSkeletonAndDeclaresItsOwnResetAndErasureHandlers() {
        List<Class<?>> views = QuerySideClasses.all().stream()
                .filter(type -> type.isAnnotationPresent(ProcessingGroup.class))
                .filter(type -> !List.of(COUNTS_ONLY, READ_AUDIT, AUDIT_TRAIL, OPEN_REQUESTS,
                        RECIPIENTS_TO_TELL).contains(type.getAnnotation(ProcessingGroup.class).value()))
                .toList();

        assertThat(views).extracting(type -> type.getAnnotation(ProcessingGroup.class).value())
                .containsExactlyInAnyOrder("customer-view", "interview-view", "booking-view", "order-view",
                        "recommendation-view");
        assertThat(views).allSatisfy(view -> {
            assertThat(Arrays.stream(view.getDeclaredFields()).map(Field::getType))
                    .as(view.getSimpleName() + " holds an ErasableView").contains(ErasableView.class);
            assertThat(methods(view)).as(view.getSimpleName() + " has its own @ResetHandler")
                    .anyMatch(method -> method.isAnnotationPresent(ResetHandler.class));
            assertThat(methods(view)).as(view.getSimpleName() + " purges on erasure, not on a replay")
                    .anyMatch(method -> method.isAnnotationPresent(EventHandler.class)
                            && method.isAnnotationPresent(DisallowReplay.class)
                            && List.of(method.getParameterTypes()).equals(List.of(SubjectErasedEvent.class)));
        });
    }

    private static List<Method> methods(Class<?> type) {
        return List.of(type.getDeclaredMethods());
    }
}
