package fi.register.command.subjectrequest;

import fi.register.rules.SubjectRequestAnsweredWithinOneMonth;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SubjectRequestProperties.class)
class SubjectRequestConfiguration {

    /** The rule the aggregate stamps each arriving request's deadline by (a handler parameter, as the retention period). */
    @Bean
    SubjectRequestAnsweredWithinOneMonth subjectRequestDeadline(SubjectRequestProperties properties) {
        return new SubjectRequestAnsweredWithinOneMonth(properties.answerWithin());
    }
}
