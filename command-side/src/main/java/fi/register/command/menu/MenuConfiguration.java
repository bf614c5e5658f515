package fi.register.command.menu;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CustomerGroups.class, ServiceEventKinds.class})
class MenuConfiguration {
}
