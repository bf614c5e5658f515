package fi.register.command.retention;

import fi.register.rules.RetentionPeriod;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionConfiguration {

    @Bean
    RetentionPeriod retentionPeriod(RetentionProperties properties) {
        return new RetentionPeriod(properties.period());
    }

    /**
     * Before the first round (which waits for the application to be ready): every subject in the history has a
     * deadline, and every deadline follows the current setting.
     */
    @Bean
    ApplicationRunner retentionDeadlinesReady(RetentionCatchUp catchUp, RetentionSchedule schedule) {
        return arguments -> {
            catchUp.catchUpOnce();
            schedule.applyCurrentPeriod();
        };
    }
}
