package fi.register.command.retention;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionConfiguration {

    @Bean
    RetentionPeriod retentionPeriod(RetentionProperties properties) {
        return new RetentionPeriod(properties.period());
    }

    /** Registered on the bus, so it runs in the instance that handles the command, with that instance's clock. */
    @Bean
    RetentionGuard retentionGuard(CommandBus commandBus, RetentionSchedule schedule, Clock clock) {
        RetentionGuard guard = new RetentionGuard(schedule, clock);
        commandBus.registerHandlerInterceptor(guard);
        return guard;
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
