package fi.register.query.deadletter;

import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A new projection cannot forget its dead-letter queue: query-side.yml names every view's processing group. */
class DeadLetteredGroupsTest {

    private static final String READ_AUDIT = "read-audit";
    /** The audit trail's index retries a failed write too (ReadAuditErrors): a trail with a hole is no trail. */
    private static final String AUDIT_TRAIL = "audit-trail";

    @Test
    void keepsDeadLettersForEveryProjection_ButTheAuditIndexesThatRetryByThemselves() throws Exception {
        PropertySource<?> defaults = new YamlPropertySourceLoader().load("query-side", new ClassPathResource("query-side.yml")).get(0);
        DeadLetterSettings settings = new Binder(ConfigurationPropertySources.from(defaults))
                .bind("register.dead-letters", DeadLetterSettings.class).get();

        Set<String> projections = processingGroupsIn("fi.register.query");
        assertThat(projections).contains(READ_AUDIT, AUDIT_TRAIL, "customer-view");
        projections.remove(READ_AUDIT);
        projections.remove(AUDIT_TRAIL);
        assertThat(settings.processingGroups()).containsExactlyInAnyOrderElementsOf(projections);
    }

    private static Set<String> processingGroupsIn(String basePackage) throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessingGroup.class));
        Set<String> groups = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            groups.add(Class.forName(candidate.getBeanClassName()).getAnnotation(ProcessingGroup.class).value());
        }
        return groups;
    }
}
