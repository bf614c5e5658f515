package fi.register.query.audit;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A read (or, for the audit trail's index, any event) that cannot be written to the trail's index is retried, never logged and skipped (Axon's default for a
 * failing handler): the trail must not silently miss a read that the event store holds. The processor stops on the
 * batch, reports it, and tries again with a back-off until the write succeeds.
 */
@Configuration(proxyBeanMethods = false)
class ReadAuditErrors {

    @Autowired
    void retryFailedReads(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(PersonalDataReadsProjection.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
        processing.registerListenerInvocationErrorHandler(AuditTrailProjection.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
