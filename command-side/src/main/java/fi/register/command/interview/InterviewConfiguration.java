package fi.register.command.interview;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DateOfBirthServices.class)
class InterviewConfiguration {
}
