package fi.register.query.notice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings the notice is drawn from that no other part of the query side binds. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ControllerSettings.class, ServiceMenu.class})
class NoticeConfiguration {
}
