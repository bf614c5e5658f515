package fi.register.command.transaction;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's subscribing event handlers (the e-mail lookup, the key shredder, the retention schedule: see
 * command-side.yml) run in the command's own transaction, and each keeps a promise of the notice with it: one
 * customer per address, a key gone with its erasure, a deadline set with its event. Axon's default would log a
 * failing handler and commit anyway; here the failure fails the command, so its event is never stored without them.
 * The query side's projections are not the command's business and keep their own error handling.
 */
@Configuration(proxyBeanMethods = false)
class FailTheCommandConfiguration {

    @Autowired
    void propagateHandlerFailures(EventProcessingConfigurer processing, EventProcessorProperties processors) {
        processors.getProcessors().forEach((group, settings) -> {
            if (settings.getMode() == EventProcessorProperties.Mode.SUBSCRIBING) {
                processing.registerListenerInvocationErrorHandler(group,
                        configuration -> PropagatingErrorHandler.instance());
            }
        });
    }
}
