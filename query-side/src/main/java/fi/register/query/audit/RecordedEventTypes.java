package fi.register.query.audit;

import fi.register.events.audit.PersonalDataReadEvent;
import fi.register.events.audit.SubjectAccessDeniedEvent;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The event types the trail's {@code eventType} filter takes: every event of the published language (the records
 * with a {@code @Revision} under {@code fi.register.events}), by simple name, as the trail shows them. A name that is
 * not one of them is a typo to refuse, not a filter that quietly finds nothing. The reads and the refused requests are
 * not among them: they are kinds of their own ({@code kind=READ}, {@code kind=DENIED}).
 */
@Component
class RecordedEventTypes {

    private static final Set<String> KINDS_OF_THEIR_OWN = Set.of(PersonalDataReadEvent.class.getSimpleName(),
            SubjectAccessDeniedEvent.class.getSimpleName());

    private final SortedSet<String> names = new TreeSet<>();

    RecordedEventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        for (BeanDefinition event : scanner.findCandidateComponents("fi.register.events")) {
            String name = event.getBeanClassName();
            String simpleName = name.substring(name.lastIndexOf('.') + 1);
            if (!KINDS_OF_THEIR_OWN.contains(simpleName)) {
                names.add(simpleName);
            }
        }
    }

    boolean isKnown(String eventType) {
        return names.contains(eventType);
    }

    SortedSet<String> names() {
        return names;
    }
}
