package fi.register.query.compliance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RetentionSettings.class, ComplianceSettings.class})
class ComplianceConfiguration {
}
