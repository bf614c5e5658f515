package fi.register.query.export;

import fi.register.query.compliance.RetentionSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The access copy's settings, and the retention period it tells the deadline by (the compliance replay's too). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AccessCopySettings.class, RetentionSettings.class})
class AccessCopyConfiguration {
}
